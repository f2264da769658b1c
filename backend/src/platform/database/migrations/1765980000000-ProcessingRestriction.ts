import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Art. 18: a restriction of processing in force is a fact on the account. Set when the platform
 * owner grants a restriction request, cleared when it is lifted (both audited under the request).
 * While set, the person's content is kept but shown only to them and to moderators, and left out
 * of the insights. The partial index keeps the "who is restricted" set (a handful) cheap to read.
 */
export class ProcessingRestriction1765980000000 implements MigrationInterface {
  name = 'ProcessingRestriction1765980000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN processing_restricted_at timestamptz`);
    await db.query(`CREATE INDEX users_processing_restricted_idx ON users (id) WHERE processing_restricted_at IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_processing_restricted_idx`);
    await db.query(`ALTER TABLE users DROP COLUMN processing_restricted_at`);
  }
}
