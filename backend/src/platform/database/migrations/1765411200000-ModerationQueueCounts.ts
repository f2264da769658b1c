import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open-case counters per queue, so that the queue's total is not a full count on every page
 * view. A trigger writes a +1 or -1 row per queue a case enters or leaves, in the transaction
 * that moves it, so the total is exact at every commit. Changes are appended, never updated in
 * place: concurrent reports creating cases never wait on one hot counter row or deadlock on
 * several. A job folds the rows into one per queue now and then (moderation_queue_counts_fold).
 *
 * Queues: `routing:platform` and `routing:group_admins` (everything routed there), and
 * `group:<id>` for one group's admins.
 */
export class ModerationQueueCounts1765411200000 implements MigrationInterface {
  name = 'ModerationQueueCounts1765411200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE moderation_queue_counts (
        id bigserial PRIMARY KEY,
        scope text NOT NULL,
        open_cases bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX moderation_queue_counts_scope_idx ON moderation_queue_counts (scope) INCLUDE (open_cases)`);
    await db.query(`
      CREATE FUNCTION moderation_queue_scopes(routing text, group_id uuid) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN routing = 'group_admins' AND group_id IS NOT NULL
                    THEN ARRAY['routing:' || routing, 'group:' || group_id]
                    ELSE ARRAY['routing:' || routing] END
      $$`);
    await db.query(`
      CREATE FUNCTION moderation_cases_count_open() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'open' THEN
          INSERT INTO moderation_queue_counts (scope, open_cases)
            SELECT scope, -1 FROM unnest(moderation_queue_scopes(OLD.routing, OLD.group_id)) AS scope;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'open' THEN
          INSERT INTO moderation_queue_counts (scope, open_cases)
            SELECT scope, 1 FROM unnest(moderation_queue_scopes(NEW.routing, NEW.group_id)) AS scope;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER moderation_cases_counted AFTER INSERT OR DELETE ON moderation_cases FOR EACH ROW EXECUTE FUNCTION moderation_cases_count_open()`);
    await db.query(`
      CREATE TRIGGER moderation_cases_recounted AFTER UPDATE OF status, routing, group_id ON moderation_cases FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.routing IS DISTINCT FROM NEW.routing OR OLD.group_id IS DISTINCT FROM NEW.group_id)
        EXECUTE FUNCTION moderation_cases_count_open()`);
    // Deleting the rows and inserting their sums is one statement: a reader sees either the rows
    // or the sums, and rows appended meanwhile are not in its snapshot, so they are kept.
    await db.query(`
      CREATE FUNCTION moderation_queue_counts_fold() RETURNS void LANGUAGE sql AS $$
        WITH folded AS (DELETE FROM moderation_queue_counts RETURNING scope, open_cases)
        INSERT INTO moderation_queue_counts (scope, open_cases)
          SELECT scope, sum(open_cases) FROM folded GROUP BY scope HAVING sum(open_cases) <> 0
      $$`);
    // The cases already there, counted while no case can change.
    await db.query(`LOCK TABLE moderation_cases IN SHARE MODE`);
    await db.query(`
      INSERT INTO moderation_queue_counts (scope, open_cases)
        SELECT scope, count(*) FROM moderation_cases c, unnest(moderation_queue_scopes(c.routing, c.group_id)) AS scope
         WHERE c.status = 'open' GROUP BY scope`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER moderation_cases_recounted ON moderation_cases`);
    await db.query(`DROP TRIGGER moderation_cases_counted ON moderation_cases`);
    await db.query(`DROP FUNCTION moderation_queue_counts_fold()`);
    await db.query(`DROP FUNCTION moderation_cases_count_open()`);
    await db.query(`DROP FUNCTION moderation_queue_scopes(text, uuid)`);
    await db.query(`DROP TABLE moderation_queue_counts`);
  }
}
