import { Injectable } from '@nestjs/common';
import { AuditAction, Subject } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { NotifyService } from '../notify/notify.service.js';
import { returnedRows } from '../platform/database/returning.js';

/** Unfounded notices before a warning, and before reporting is suspended. */
export const WARN_AFTER_UNFOUNDED = 3;
export const SUSPEND_AFTER_UNFOUNDED = 5;
export const REPORTING_SUSPENSION_DAYS = 30;

/**
 * People who file manifestly unfounded notices again and again are warned, then lose the right
 * to report for a while, and are told each time.
 */
@Injectable()
export class ReporterStanding {
  constructor(
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
  ) {}

  async markUnfounded(manager: EntityManager, actor: Actor, caseId: string, noticeIds: string[]): Promise<void> {
    const marked = returnedRows<{ reporter_id: string | null }>(
      await manager.query(`UPDATE moderation_notices SET manifestly_unfounded = true WHERE case_id = $1 AND id = ANY($2::uuid[]) AND NOT manifestly_unfounded RETURNING reporter_id`, [
        caseId,
        noticeIds,
      ]),
    );
    for (const { reporter_id: reporterId } of marked) if (reporterId) await this.count(manager, actor, reporterId);
  }

  private async count(manager: EntityManager, actor: Actor, userId: string): Promise<void> {
    const [standing]: { unfounded_count: number; warned_at: Date | null }[] = await manager.query(
      `INSERT INTO reporter_standing (user_id, unfounded_count) VALUES ($1, 1)
       ON CONFLICT (user_id) DO UPDATE SET unfounded_count = reporter_standing.unfounded_count + 1
       RETURNING unfounded_count, warned_at`,
      [userId],
    );
    if (standing.unfounded_count >= SUSPEND_AFTER_UNFOUNDED) {
      const [{ suspended_until: until }] = returnedRows<{ suspended_until: Date }>(
        await manager.query(
          `UPDATE reporter_standing SET suspended_until = now() + make_interval(days => $2), suspensions = suspensions + 1, unfounded_count = 0, warned_at = NULL
          WHERE user_id = $1 RETURNING suspended_until`,
          [userId, REPORTING_SUSPENSION_DAYS],
        ),
      );
      await this.notify.inApp(manager, userId, 'moderation.reporting_suspended', { until: until.toISOString(), days: REPORTING_SUSPENSION_DAYS });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: AuditAction.ReporterSuspended,
        subjectType: Subject.User,
        subjectId: userId,
        reason: `${SUSPEND_AFTER_UNFOUNDED} manifestly unfounded notices`,
        requestId: actor.requestId,
      });
    } else if (standing.unfounded_count >= WARN_AFTER_UNFOUNDED && !standing.warned_at) {
      await manager.query(`UPDATE reporter_standing SET warned_at = now() WHERE user_id = $1`, [userId]);
      await this.notify.inApp(manager, userId, 'moderation.reporter_warning', { unfounded: standing.unfounded_count, suspendAfter: SUSPEND_AFTER_UNFOUNDED });
      await this.audit.record(manager, {
        actorId: actor.id,
        action: AuditAction.ReporterWarned,
        subjectType: Subject.User,
        subjectId: userId,
        reason: `${standing.unfounded_count} manifestly unfounded notices`,
        requestId: actor.requestId,
      });
    }
  }
}
