import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A self-registered account acts only once its e-mail address is confirmed, and a forgotten
 * password is reset by an e-mailed one-time link. Every account that exists now (registered
 * before confirmation existed, seeded or invited) counts as confirmed from its creation, so
 * nobody is locked out by this change. Tokens are stored as sha256, like invitation tokens.
 */
export class EmailConfirmationAndPasswordReset1765951200000 implements MigrationInterface {
  name = 'EmailConfirmationAndPasswordReset1765951200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN email_confirmed_at timestamptz,
        ADD COLUMN email_confirmation_token_hash text,
        ADD COLUMN email_confirmation_expires_at timestamptz,
        ADD COLUMN password_reset_token_hash text,
        ADD COLUMN password_reset_expires_at timestamptz`);
    await db.query(`UPDATE users SET email_confirmed_at = created_at`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_email_confirmation_token_expires CHECK ((email_confirmation_token_hash IS NULL) = (email_confirmation_expires_at IS NULL))`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_password_reset_token_expires CHECK ((password_reset_token_hash IS NULL) = (password_reset_expires_at IS NULL))`);
    await db.query(`CREATE UNIQUE INDEX users_email_confirmation_token ON users (email_confirmation_token_hash) WHERE email_confirmation_token_hash IS NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX users_password_reset_token ON users (password_reset_token_hash) WHERE password_reset_token_hash IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_password_reset_token`);
    await db.query(`DROP INDEX users_email_confirmation_token`);
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_password_reset_token_expires, DROP CONSTRAINT users_email_confirmation_token_expires`);
    await db.query(`
      ALTER TABLE users
        DROP COLUMN password_reset_expires_at,
        DROP COLUMN password_reset_token_hash,
        DROP COLUMN email_confirmation_expires_at,
        DROP COLUMN email_confirmation_token_hash,
        DROP COLUMN email_confirmed_at`);
  }
}
