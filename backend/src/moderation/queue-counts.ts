import { Injectable } from '@nestjs/common';
import { Action, type AppAbility, CaseRouting, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '../platform/database/prepared-statement.js';

const ROUTINGS: readonly string[] = Object.values(CaseRouting);

/**
 * The counted queues (see the ModerationQueueCounts migration) whose union is exactly the open
 * cases the ability may read, or null when its rules have another shape (then the caller counts
 * the rows). Moderators read `routing:platform`, a group's admins `group:<id>` for each group,
 * the platform owner every routing.
 */
export function countedQueuesOf(ability: AppAbility): string[] | null {
  const scopes = new Set<string>();
  for (const rule of ability.rulesFor(Action.Read, Subject.ModerationCase)) {
    if (rule.inverted || rule.fields) return null;
    const conditions = (rule.conditions ?? {}) as Record<string, unknown>;
    const keys = Object.keys(conditions);
    const routing = conditions.routing;
    if (keys.length === 0) {
      ROUTINGS.forEach((name) => scopes.add(`routing:${name}`));
    } else if (keys.length === 1 && typeof routing === 'string' && ROUTINGS.includes(routing)) {
      scopes.add(`routing:${routing}`);
    } else if (keys.length === 2 && routing === CaseRouting.GroupAdmins && isIdList(conditions.groupId)) {
      conditions.groupId.$in.forEach((id) => scopes.add(`group:${id}`));
    } else {
      return null;
    }
  }
  // A whole routing already holds its groups: counting both would count them twice.
  if (scopes.has(`routing:${CaseRouting.GroupAdmins}`)) [...scopes].filter((scope) => scope.startsWith('group:')).forEach((scope) => scopes.delete(scope));
  return [...scopes];
}

const isIdList = (value: unknown): value is { $in: string[] } => typeof value === 'object' && value !== null && Object.keys(value).length === 1 && Array.isArray((value as { $in?: unknown }).$in);

const OPEN_CASES = new PreparedStatement<{ total: string }>(`SELECT coalesce(sum(open_cases), 0) AS total FROM moderation_queue_counts WHERE scope = ANY($1)`);

/** Reads and folds the open-case counters the database keeps. */
@Injectable()
export class QueueCounts {
  constructor(private readonly db: DataSource) {}

  async openCases(queues: readonly string[]): Promise<number> {
    if (queues.length === 0) return 0;
    const [{ total }] = await OPEN_CASES.rows(this.db, [queues]);
    return Number(total);
  }

  /** Folds the appended changes into one row per queue; any number of runs at once are safe. */
  async fold(): Promise<void> {
    await this.db.query(`SELECT moderation_queue_counts_fold()`);
  }
}
