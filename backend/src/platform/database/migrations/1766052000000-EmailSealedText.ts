import type { MigrationInterface, QueryRunner } from 'typeorm';

const SECRET_TEMPLATES = `('account-confirm', 'account-exists', 'password-reset', 'domain-proof-code', 'moderation-statement')`;
const LINK = `CASE language WHEN 'en' THEN '[link hidden]' ELSE '[länk dold]' END`;
const CODE = `CASE language WHEN 'en' THEN '[code hidden]' ELSE '[kod dold]' END`;

/**
 * Issue 16: `subject` and `body` become the text staff may read, with one-time secrets (reset and
 * confirmation links, domain-proof and appeal codes) replaced by placeholders. The real text lives
 * in `sealed_subject`/`sealed_body` only while the message waits to be sent, so a worker that
 * crashes or retries still sends it; sending (or failing for good) empties them, and the CHECK
 * makes that an invariant of the table. Messages stored before are redacted here the same way.
 */
export class EmailSealedText1766052000000 implements MigrationInterface {
  name = 'EmailSealedText1766052000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE email_messages ADD COLUMN sealed_subject text, ADD COLUMN sealed_body text`);
    await db.query(`UPDATE email_messages SET sealed_subject = subject, sealed_body = body WHERE status = 'queued' AND template IN ${SECRET_TEMPLATES}`);
    await db.query(
      `UPDATE email_messages SET body = regexp_replace(body, '\\S*/#/(confirm-email|reset-password)/[A-Za-z0-9_-]+', ${LINK}, 'g')
        WHERE template IN ('account-confirm', 'account-exists', 'password-reset')`,
    );
    await db.query(
      `UPDATE email_messages SET subject = regexp_replace(subject, '\\d{6}$', ${CODE}), body = regexp_replace(body, '(koden|the code) \\d{6}', '\\1 ' || ${CODE}, 'g')
        WHERE template = 'domain-proof-code'`,
    );
    await db.query(`UPDATE email_messages SET body = regexp_replace(body, '(Överklagandekod: )\\S+', '\\1[kod dold]', 'g') WHERE template = 'moderation-statement'`);
    await db.query(`ALTER TABLE email_messages ADD CONSTRAINT email_messages_sealed_only_while_queued CHECK (status = 'queued' OR (sealed_subject IS NULL AND sealed_body IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The secrets of messages already sent are gone for good; the readable text stays.
    await db.query(`ALTER TABLE email_messages DROP CONSTRAINT email_messages_sealed_only_while_queued`);
    await db.query(`UPDATE email_messages SET subject = sealed_subject, body = sealed_body WHERE sealed_body IS NOT NULL`);
    await db.query(`ALTER TABLE email_messages DROP COLUMN sealed_subject, DROP COLUMN sealed_body`);
  }
}
