import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The records an audit event belongs to besides its subject (a membership's group, a case's
 * group), so that a group's history shows what happened to its members, requests and bans too.
 */
export class AuditContext1764979200000 implements MigrationInterface {
  name = 'AuditContext1764979200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_events ADD COLUMN context_ids uuid[] NOT NULL DEFAULT '{}'`);
    await db.query(`CREATE INDEX audit_events_context_idx ON audit_events USING gin (context_ids)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_events_context_idx`);
    await db.query(`ALTER TABLE audit_events DROP COLUMN context_ids`);
  }
}
