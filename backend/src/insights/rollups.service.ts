import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RESTRICTED_ACCOUNTS } from '../identity/users/processing-restriction.js';
import { returnedRows } from '../platform/database/returning.js';

/** How many changed days one run recomputes at most; the next run takes the rest. */
export const ROLLUP_BATCH_DAYS = 500;

/**
 * Keeps the dashboard rollups current. Only the (municipality, day) pairs the posts trigger
 * marked dirty are recomputed, each from an index range of that one day, never a full scan.
 * Idempotent: recomputing a day twice gives the same rows.
 */
@Injectable()
export class RollupsService {
  constructor(private readonly db: DataSource) {}

  async refresh(): Promise<{ days: number }> {
    let days = 0;
    for (;;) {
      const batch = await this.refreshBatch();
      days += batch;
      if (batch < ROLLUP_BATCH_DAYS) return { days };
    }
  }

  private refreshBatch(): Promise<number> {
    return this.db.transaction(async (manager) => {
      // One refresher at a time: a second caller waits, then finds the work done, so a refresh
      // that returns has seen every day that was dirty when it was called.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('samverka:insight-rollups'))`);
      const dirty = returnedRows<{ municipality_id: string; day: string }>(
        await manager.query(
          `DELETE FROM insight_dirty_days WHERE (municipality_id, day) IN (
             SELECT municipality_id, day FROM insight_dirty_days ORDER BY day LIMIT $1)
           RETURNING municipality_id, day::text`,
          [ROLLUP_BATCH_DAYS],
        ),
      );
      if (dirty.length === 0) return 0;
      const municipalities = dirty.map((row) => row.municipality_id);
      const days = dirty.map((row) => row.day);
      // Art. 18: restricted people's posts are stored only, not counted; read once as a (short) list.
      const restricted: string[] = (await manager.query(RESTRICTED_ACCOUNTS)).map((row: { id: string }) => row.id);
      await manager.query(
        `DELETE FROM insight_post_hours h USING unnest($1::uuid[], $2::date[]) AS d(municipality_id, day)
          WHERE h.municipality_id = d.municipality_id AND h.day = d.day`,
        [municipalities, days],
      );
      // Each day is one index range on posts (municipality_id, created_at), bounded in Swedish time.
      // The ranges are LATERAL subqueries kept apart by OFFSET 0: joined plainly, the planner
      // (guessing 10 rows for unnest) hashes all posts by municipality instead: 88 s instead of
      // under one on the city data set (ops/scale).
      await manager.query(
        `INSERT INTO insight_post_hours (municipality_id, day, hour, green, yellow, red)
         SELECT d.municipality_id, d.day, extract(hour FROM p.created_at AT TIME ZONE 'Europe/Stockholm')::int,
                count(*) FILTER (WHERE p.priority = 'green'), count(*) FILTER (WHERE p.priority = 'yellow'), count(*) FILTER (WHERE p.priority = 'red')
           FROM unnest($1::uuid[], $2::date[]) AS d(municipality_id, day)
           CROSS JOIN LATERAL (
             SELECT p.created_at, p.priority FROM posts p
              WHERE p.municipality_id = d.municipality_id AND p.group_id IS NULL AND p.author_id <> ALL($3::uuid[])
                AND p.created_at >= (d.day::timestamp AT TIME ZONE 'Europe/Stockholm')
                AND p.created_at < ((d.day + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')
             OFFSET 0) p
          GROUP BY 1, 2, 3`,
        [municipalities, days, restricted],
      );
      // Weekly active authors: the weeks the changed days fall in, recomputed whole.
      const weeks = `(SELECT DISTINCT municipality_id, date_trunc('week', day)::date AS week FROM unnest($1::uuid[], $2::date[]) AS d(municipality_id, day))`;
      await manager.query(`DELETE FROM insight_weekly_authors a USING ${weeks} w WHERE a.municipality_id = w.municipality_id AND a.week = w.week`, [municipalities, days]);
      await manager.query(
        `WITH weeks AS ${weeks}
         INSERT INTO insight_weekly_authors (municipality_id, week, authors)
         SELECT w.municipality_id, w.week, count(DISTINCT p.author_id)
           FROM weeks w
           CROSS JOIN LATERAL (
             SELECT p.author_id FROM posts p
              WHERE p.municipality_id = w.municipality_id AND p.group_id IS NULL AND p.author_id <> ALL($3::uuid[])
                AND p.created_at >= (w.week::timestamp AT TIME ZONE 'Europe/Stockholm')
                AND p.created_at < ((w.week + 7)::timestamp AT TIME ZONE 'Europe/Stockholm')
             OFFSET 0) p
          GROUP BY 1, 2`,
        [municipalities, days, restricted],
      );
      return dirty.length;
    });
  }
}
