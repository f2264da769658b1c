import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: a lifted ban moves to the group's ban history with who lifted it, when and why; the
 * why was only in the audit log. Bans lifted before keep a null reason.
 */
export class GroupBanLiftReason1766103600000 implements MigrationInterface {
  name = 'GroupBanLiftReason1766103600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE group_bans ADD COLUMN lift_reason text`);
    await db.query(`ALTER TABLE group_bans ADD CONSTRAINT group_bans_lift_reason_only_when_lifted CHECK (lift_reason IS NULL OR lifted_at IS NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE group_bans DROP COLUMN lift_reason`);
  }
}
