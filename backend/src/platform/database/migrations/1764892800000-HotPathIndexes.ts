import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes the EXPLAIN test on the `city` data set asked for (ops/scale): an author's latest
 * content is one index range instead of every post of a heavy author sorted (10 000 rows for one
 * case view), and the moderators alerted of an urgent case are found without reading every user.
 */
export class HotPathIndexes1764892800000 implements MigrationInterface {
  name = 'HotPathIndexes1764892800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX posts_author_idx`);
    await db.query(`CREATE INDEX posts_author_idx ON posts (author_id, created_at DESC)`);
    await db.query(`DROP INDEX group_messages_author_idx`);
    await db.query(`CREATE INDEX group_messages_author_idx ON group_messages (author_id, created_at DESC)`);
    // Same predicate as the alert query (NoticesService.alertModerators), so the planner can use it.
    await db.query(`CREATE INDEX users_active_moderators_idx ON users (id) WHERE status = 'active' AND 'moderator' = ANY(roles)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_active_moderators_idx`);
    await db.query(`DROP INDEX group_messages_author_idx`);
    await db.query(`CREATE INDEX group_messages_author_idx ON group_messages (author_id)`);
    await db.query(`DROP INDEX posts_author_idx`);
    await db.query(`CREATE INDEX posts_author_idx ON posts (author_id)`);
  }
}
