import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups for the dashboards, so that no dashboard scans the posts table: public posts per
 * municipality, Swedish day and hour, by priority; weekly active authors. A statement-level
 * trigger notes which (municipality, day) pairs changed; the rollup job recomputes only those.
 */
export class Insights1764806400000 implements MigrationInterface {
  name = 'Insights1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE insight_post_hours (
        municipality_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
        day date NOT NULL,
        hour smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
        green integer NOT NULL DEFAULT 0,
        yellow integer NOT NULL DEFAULT 0,
        red integer NOT NULL DEFAULT 0,
        PRIMARY KEY (municipality_id, day, hour)
      )`);
    await db.query(`
      CREATE TABLE insight_weekly_authors (
        municipality_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
        week date NOT NULL,
        authors integer NOT NULL,
        PRIMARY KEY (municipality_id, week)
      )`);
    await db.query(`
      CREATE TABLE insight_dirty_days (
        municipality_id uuid NOT NULL,
        day date NOT NULL,
        PRIMARY KEY (municipality_id, day)
      )`);
    // Swedish local time decides the day and the hour, whatever the server's time zone.
    for (const [event, table] of [
      ['INSERT', 'new_rows'],
      ['DELETE', 'old_rows'],
    ] as const) {
      await db.query(`
        CREATE FUNCTION insight_mark_${event.toLowerCase()}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO insight_dirty_days (municipality_id, day)
          SELECT DISTINCT municipality_id, (created_at AT TIME ZONE 'Europe/Stockholm')::date FROM ${table} WHERE group_id IS NULL
          ON CONFLICT DO NOTHING;
          RETURN NULL;
        END $$`);
      await db.query(`
        CREATE TRIGGER posts_insight_${event.toLowerCase()} AFTER ${event} ON posts
        REFERENCING ${event === 'INSERT' ? 'NEW' : 'OLD'} TABLE AS ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION insight_mark_${event.toLowerCase()}()`);
    }
    // The days that exist already are dirty once, so the first job run fills the rollups.
    await db.query(`
      INSERT INTO insight_dirty_days (municipality_id, day)
      SELECT DISTINCT municipality_id, (created_at AT TIME ZONE 'Europe/Stockholm')::date FROM posts WHERE group_id IS NULL
      ON CONFLICT DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const event of ['insert', 'delete']) {
      await db.query(`DROP TRIGGER posts_insight_${event} ON posts`);
      await db.query(`DROP FUNCTION insight_mark_${event}()`);
    }
    await db.query(`DROP TABLE insight_dirty_days`);
    await db.query(`DROP TABLE insight_weekly_authors`);
    await db.query(`DROP TABLE insight_post_hours`);
  }
}
