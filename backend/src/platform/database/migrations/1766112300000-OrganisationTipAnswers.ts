import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 17: an organisation's members answer the tips sent to it and close them when done (and
 * may reopen them). One answer per tip, which the sender reads under their sent tips; who
 * answered and who closed it, and when, for the organisation's own record.
 */
export class OrganisationTipAnswers1766112300000 implements MigrationInterface {
  name = 'OrganisationTipAnswers1766112300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organisation_messages
        ADD COLUMN answer text CONSTRAINT organisation_messages_answer_length CHECK (length(answer) BETWEEN 1 AND 4000),
        ADD COLUMN answered_at timestamptz,
        ADD COLUMN answered_by uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD COLUMN state text NOT NULL DEFAULT 'open' CONSTRAINT organisation_messages_state_known CHECK (state IN ('open', 'closed')),
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN closed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        ADD CONSTRAINT organisation_messages_answer_dated CHECK ((answer IS NULL) = (answered_at IS NULL)),
        ADD CONSTRAINT organisation_messages_closed_dated CHECK ((state = 'closed') = (closed_at IS NOT NULL))`);
    // The inbox opens on the open tips, newest first.
    await db.query(`CREATE INDEX organisation_messages_inbox_state_idx ON organisation_messages (organisation_id, state, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX organisation_messages_inbox_state_idx`);
    await db.query(`
      ALTER TABLE organisation_messages
        DROP CONSTRAINT organisation_messages_closed_dated,
        DROP CONSTRAINT organisation_messages_answer_dated,
        DROP COLUMN closed_by,
        DROP COLUMN closed_at,
        DROP COLUMN state,
        DROP COLUMN answered_by,
        DROP COLUMN answered_at,
        DROP COLUMN answer`);
  }
}
