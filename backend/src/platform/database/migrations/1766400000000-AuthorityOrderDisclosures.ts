import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22: four eyes on information orders, and the one-time disclosure of the named data.
 * Who reviewed an order is kept on the order; the second reviewer's confirmation has a row of its
 * own (never the reviewer, held by a CHECK). A disclosure exists once per order and is downloaded
 * once; it names the people concerned (for their own access export, after any secrecy period).
 */
export class AuthorityOrderDisclosures1766400000000 implements MigrationInterface {
  name = 'AuthorityOrderDisclosures1766400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE authority_orders ADD COLUMN reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL`);
    await db.query(`
      CREATE TABLE authority_order_confirmations (
        order_id uuid PRIMARY KEY REFERENCES authority_orders (id) ON DELETE CASCADE,
        reviewed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        confirmed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT authority_order_confirmations_four_eyes CHECK (confirmed_by <> reviewed_by)
      )`);
    await db.query(`
      CREATE TABLE authority_order_disclosures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES authority_orders (id) ON DELETE CASCADE,
        recipient_organisation_id uuid NOT NULL REFERENCES organisations (id),
        subject_ids uuid[] NOT NULL DEFAULT '{}',
        categories text[] NOT NULL,
        given jsonb NOT NULL CHECK (jsonb_typeof(given) = 'array'),
        not_found jsonb NOT NULL CHECK (jsonb_typeof(not_found) = 'array'),
        file_id uuid REFERENCES stored_files (id) ON DELETE SET NULL,
        secret_until timestamptz,
        secrecy_reason text,
        produced_by uuid REFERENCES users (id) ON DELETE SET NULL,
        produced_at timestamptz NOT NULL DEFAULT now(),
        downloaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        downloaded_at timestamptz,
        CONSTRAINT authority_order_disclosures_secrecy_has_reason CHECK ((secret_until IS NULL) = (secrecy_reason IS NULL) AND btrim(coalesce(secrecy_reason, 'x')) <> '')
      )`);
    await db.query(`CREATE UNIQUE INDEX authority_order_disclosures_one_per_order ON authority_order_disclosures (order_id)`);
    // A person's access export looks up the disclosures that name them.
    await db.query(`CREATE INDEX authority_order_disclosures_subjects_idx ON authority_order_disclosures USING gin (subject_ids)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE authority_order_disclosures`);
    await db.query(`DROP TABLE authority_order_confirmations`);
    await db.query(`ALTER TABLE authority_orders DROP COLUMN reviewed_by`);
  }
}
