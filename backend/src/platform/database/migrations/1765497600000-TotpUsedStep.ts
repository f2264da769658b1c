import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The 30-second step of the last TOTP code each account used. A code is accepted only for a
 * later step, so a code seen over someone's shoulder or in a phished page cannot be used again
 * while it is still valid (RFC 6238, section 5.2).
 */
export class TotpUsedStep1765497600000 implements MigrationInterface {
  name = 'TotpUsedStep1765497600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_mfa ADD COLUMN last_used_step bigint`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE user_mfa DROP COLUMN last_used_step`);
  }
}
