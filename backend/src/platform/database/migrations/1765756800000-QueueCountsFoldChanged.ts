import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue-counter fold rewrites only the queues that have changed since the last fold (more
 * than one row). It rewrote every queue's row each time, every 30 s: 18 000 dead rows a run on
 * `national`, and the counters' index bloated until a coordinator's total took a millisecond.
 */
export class QueueCountsFoldChanged1765756800000 implements MigrationInterface {
  name = 'QueueCountsFoldChanged1765756800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION moderation_queue_counts_fold() RETURNS void LANGUAGE sql AS $$
        WITH changed AS (SELECT scope FROM moderation_queue_counts GROUP BY scope HAVING count(*) > 1),
             folded AS (DELETE FROM moderation_queue_counts c USING changed WHERE c.scope = changed.scope RETURNING c.scope, c.open_cases)
        INSERT INTO moderation_queue_counts (scope, open_cases)
          SELECT scope, sum(open_cases) FROM folded GROUP BY scope HAVING sum(open_cases) <> 0
      $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION moderation_queue_counts_fold() RETURNS void LANGUAGE sql AS $$
        WITH folded AS (DELETE FROM moderation_queue_counts RETURNING scope, open_cases)
        INSERT INTO moderation_queue_counts (scope, open_cases)
          SELECT scope, sum(open_cases) FROM folded GROUP BY scope HAVING sum(open_cases) <> 0
      $$`);
  }
}
