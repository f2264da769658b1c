import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each sign-in session was authenticated (RFC 8176 `amr` values): `pwd` alone, or `pwd`
 * and `otp` when a TOTP or recovery code was given. A refresh keeps the session's methods, so a
 * password-only session can never become a staff session by refreshing. Sessions from before
 * this column count as password-only: staff sign in again once, with their code.
 */
export class SessionAuthMethods1765936800000 implements MigrationInterface {
  name = 'SessionAuthMethods1765936800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_tokens ADD COLUMN amr text[] NOT NULL DEFAULT '{pwd}'`);
    await db.query(`ALTER TABLE refresh_tokens ADD CONSTRAINT refresh_tokens_amr_known CHECK (amr <@ '{pwd,otp}'::text[] AND 'pwd' = ANY(amr))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE refresh_tokens DROP CONSTRAINT refresh_tokens_amr_known`);
    await db.query(`ALTER TABLE refresh_tokens DROP COLUMN amr`);
  }
}
