import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22, second slice: acting on an order through the existing mechanisms (legal holds,
 * interventions, moderation actions), each action linked to the order; documents attached to an
 * order; and the once-only alert for an overdue order.
 */
export class AuthorityOrderActions1766410000000 implements MigrationInterface {
  name = 'AuthorityOrderActions1766410000000';

  async up(db: QueryRunner): Promise<void> {
    // A hold placed on an order names it, so the hold list shows why it exists.
    await db.query(`ALTER TABLE legal_holds ADD COLUMN authority_order_id uuid REFERENCES authority_orders (id)`);
    await db.query(`CREATE INDEX legal_holds_authority_order_idx ON legal_holds (authority_order_id) WHERE authority_order_id IS NOT NULL`);

    await db.query(`
      CREATE TABLE authority_order_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES authority_orders (id),
        kind text NOT NULL CONSTRAINT authority_order_actions_kind_known CHECK (kind IN ('legal_hold', 'intervention', 'moderation_action')),
        target_type text NOT NULL CONSTRAINT authority_order_actions_target_known CHECK (target_type IN ('post', 'group_message', 'group', 'account')),
        target_id uuid NOT NULL,
        legal_hold_id uuid REFERENCES legal_holds (id),
        intervention_id uuid REFERENCES group_interventions (id),
        moderation_action_id uuid REFERENCES moderation_actions (id),
        statement_withheld_until timestamptz,
        statement_withheld_reason text,
        statement_sent_at timestamptz,
        acted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        acted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT authority_order_actions_link CHECK (
          (kind = 'legal_hold') = (legal_hold_id IS NOT NULL)
          AND (kind = 'intervention') = (intervention_id IS NOT NULL)
          AND (kind = 'moderation_action') = (moderation_action_id IS NOT NULL)),
        CONSTRAINT authority_order_actions_withheld_shape CHECK (
          (statement_withheld_until IS NULL) = (statement_withheld_reason IS NULL OR btrim(statement_withheld_reason) = '')
          AND (statement_withheld_until IS NULL OR kind = 'moderation_action')
          AND (statement_sent_at IS NULL OR statement_withheld_until IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX authority_order_actions_order_idx ON authority_order_actions (order_id, acted_at)`);
    // The statements the job sends once their secrecy ends.
    await db.query(
      `CREATE INDEX authority_order_actions_withheld_due_idx ON authority_order_actions (statement_withheld_until) WHERE statement_withheld_until IS NOT NULL AND statement_sent_at IS NULL`,
    );

    await db.query(`
      CREATE TABLE authority_order_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL REFERENCES authority_orders (id),
        file_id uuid NOT NULL UNIQUE REFERENCES stored_files (id),
        uploaded_by uuid REFERENCES users (id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX authority_order_documents_order_idx ON authority_order_documents (order_id, uploaded_at)`);

    // Set in the transaction that queues the owners' e-mail: an overdue order alerts once.
    await db.query(`ALTER TABLE authority_orders ADD COLUMN overdue_alerted_at timestamptz`);
    await db.query(`CREATE INDEX authority_orders_overdue_unalerted_idx ON authority_orders (deadline) WHERE overdue_alerted_at IS NULL AND state NOT IN ('done', 'refused')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX authority_orders_overdue_unalerted_idx`);
    await db.query(`ALTER TABLE authority_orders DROP COLUMN overdue_alerted_at`);
    await db.query(`DROP TABLE authority_order_documents`);
    await db.query(`DROP TABLE authority_order_actions`);
    await db.query(`DROP INDEX legal_holds_authority_order_idx`);
    await db.query(`ALTER TABLE legal_holds DROP COLUMN authority_order_id`);
  }
}
