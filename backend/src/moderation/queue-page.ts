import { Injectable } from '@nestjs/common';
import type { CaseRouting } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { PreparedStatement } from '../platform/database/prepared-statement.js';
import { entityColumns, entityFromRow } from '../platform/database/returning.js';
import { ModerationCase } from './moderation-case.entity.js';
import { AGE_POINTS_SQL, MAX_AGE_POINTS } from './scoring.js';

/**
 * A page of whole-routing queues (the platform's, or every queue for the owner) by priority,
 * read in index order instead of sorting every open case. A case's priority is its stored base
 * plus age points that grow while it waits (0 to MAX_AGE_POINTS), so no index holds that order;
 * but within one base it is the order of first notice, which the queue index does hold.
 *
 * The `k = offset + limit` highest bases all have priority of at least the k-th of them (b_k),
 * so the k-th highest priority is at least b_k, and no case with a base under b_k - MAX_AGE_POINTS
 * can be on the page. So: find b_k (k index entries), walk the distinct bases from the top down
 * to that floor (one index probe each), take the k longest-waiting cases of each base, and sort
 * those few. The answer is exactly that of sorting every open case.
 */
@Injectable()
export class QueuePage {
  private readonly statement: PreparedStatement<Record<string, unknown>>;

  constructor(private readonly db: DataSource) {
    // The entity's columns by name (see PreparedStatement on SELECT *).
    const columns = entityColumns(db.manager, ModerationCase, 'c');
    this.statement = new PreparedStatement(
      `WITH RECURSIVE floor AS (
         SELECT coalesce((
           SELECT top.base_priority FROM unnest($1::text[]) AS r (routing)
             CROSS JOIN LATERAL (
               SELECT c.base_priority FROM moderation_cases c
                WHERE c.routing = r.routing AND c.status = 'open' ORDER BY c.base_priority DESC LIMIT $2) AS top
            ORDER BY top.base_priority DESC OFFSET $2 - 1 LIMIT 1), 0) - ${MAX_AGE_POINTS} AS base
       ), bases AS (
         SELECT r.routing, (SELECT max(c.base_priority) FROM moderation_cases c WHERE c.routing = r.routing AND c.status = 'open') AS base
           FROM unnest($1::text[]) AS r (routing)
         UNION ALL
         SELECT b.routing, (SELECT max(c.base_priority) FROM moderation_cases c WHERE c.routing = b.routing AND c.status = 'open' AND c.base_priority < b.base)
           FROM bases b, floor f WHERE b.base > f.base
       )
       SELECT ${columns} FROM bases b CROSS JOIN floor f
         CROSS JOIN LATERAL (
           SELECT * FROM moderation_cases c
            WHERE c.routing = b.routing AND c.status = 'open' AND c.base_priority = b.base
            ORDER BY c.first_notice_at, c.id LIMIT $2) AS c
        WHERE b.base >= f.base
        ORDER BY c.base_priority + ${AGE_POINTS_SQL('c')} DESC, c.first_notice_at, c.id
        OFFSET $3 LIMIT $4`,
    );
  }

  async byPriority(routings: readonly CaseRouting[], offset: number, limit: number): Promise<ModerationCase[]> {
    const rows = await this.statement.rows(this.db, [routings, offset + limit, offset, limit]);
    return rows.map((row) => entityFromRow(this.db.manager, ModerationCase, row));
  }
}
