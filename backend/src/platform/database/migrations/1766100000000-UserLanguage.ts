import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: the language a person reads Samverka in (e-mails, statements of reasons, outcomes of
 * their reports, closing notes). Swedish unless they chose English, in the console or the app.
 */
export class UserLanguage1766100000000 implements MigrationInterface {
  name = 'UserLanguage1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN language text NOT NULL DEFAULT 'sv'`);
    await db.query(`ALTER TABLE users ADD CONSTRAINT users_language_known CHECK (language IN ('sv', 'en'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_language_known`);
    await db.query(`ALTER TABLE users DROP COLUMN language`);
  }
}
