import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Private messages from people to organisations (tips, suggestions), and posts made as an organisation. */
export class OrganisationMessages1764547200000 implements MigrationInterface {
  name = 'OrganisationMessages1764547200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE organisation_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        sender_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        status text NOT NULL DEFAULT 'visible' CONSTRAINT organisation_messages_status_known CHECK (status IN ('visible', 'hidden', 'removed')),
        status_changed_at timestamptz,
        status_changed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX organisation_messages_inbox_idx ON organisation_messages (organisation_id, created_at DESC)`);
    await db.query(`CREATE INDEX organisation_messages_sender_idx ON organisation_messages (sender_id, created_at DESC)`);
    await db.query(`ALTER TABLE posts ADD CONSTRAINT posts_organisation_fk FOREIGN KEY (organisation_id) REFERENCES organisations (id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX posts_organisation_idx ON posts (organisation_id) WHERE organisation_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX posts_organisation_idx`);
    await db.query(`ALTER TABLE posts DROP CONSTRAINT posts_organisation_fk`);
    await db.query(`DROP TABLE organisation_messages`);
  }
}
