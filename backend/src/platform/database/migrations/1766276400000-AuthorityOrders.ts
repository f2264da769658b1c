import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 22: orders from authorities (DSA Arts. 9, 10 and preservation requests), each on record
 * from arrival to answer. The scope names items by id only, never their content.
 */
export class AuthorityOrders1766276400000 implements MigrationInterface {
  name = 'AuthorityOrders1766276400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE authority_orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        issuing_organisation_id uuid REFERENCES organisations (id),
        authority_name text NOT NULL CHECK (btrim(authority_name) <> ''),
        authority_country char(2) NOT NULL CHECK (authority_country ~ '^[A-Z]{2}$'),
        reference text NOT NULL CHECK (btrim(reference) <> '' AND length(reference) <= 200),
        legal_basis text NOT NULL CHECK (btrim(legal_basis) <> ''),
        type text NOT NULL CONSTRAINT authority_orders_type_known CHECK (type IN ('act_against_content', 'provide_information', 'preserve')),
        category text NOT NULL,
        scope jsonb NOT NULL CONSTRAINT authority_orders_scope_not_empty CHECK (jsonb_typeof(scope) = 'array' AND jsonb_array_length(scope) > 0),
        deadline timestamptz NOT NULL,
        state text NOT NULL DEFAULT 'received'
          CONSTRAINT authority_orders_state_known CHECK (state IN ('received', 'acknowledged', 'in_review', 'done', 'refused')),
        refusal_reason text,
        acknowledged_at timestamptz,
        done_at timestamptz,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT authority_orders_refusal_has_reason CHECK ((state = 'refused') = (refusal_reason IS NOT NULL AND btrim(refusal_reason) <> '')),
        CONSTRAINT authority_orders_done_when_done CHECK ((state = 'done') = (done_at IS NOT NULL)),
        CONSTRAINT authority_orders_acknowledged_before_handled CHECK (state IN ('received', 'refused') OR acknowledged_at IS NOT NULL)
      )`);
    // The issuing organisation's own list, and the open orders by deadline (the owner's queue).
    await db.query(`CREATE INDEX authority_orders_organisation_idx ON authority_orders (issuing_organisation_id, created_at DESC)`);
    await db.query(`CREATE INDEX authority_orders_open_deadline_idx ON authority_orders (deadline) WHERE state NOT IN ('done', 'refused')`);
    // Moderators' list is the act-against-content orders only.
    await db.query(`CREATE INDEX authority_orders_type_idx ON authority_orders (type, created_at DESC)`);

    // Membership of a verified police organisation is now part of a person's rules (filing
    // orders), so joining, leaving and the organisation badge changing move the access version.
    await db.query(`CREATE TRIGGER organisation_members_access_added AFTER INSERT OR DELETE ON organisation_members FOR EACH ROW EXECUTE FUNCTION bump_user_access_version()`);
    await db.query(`
      CREATE TRIGGER organisation_members_access_changed AFTER UPDATE OF left_at, user_id ON organisation_members FOR EACH ROW
        WHEN (OLD.left_at IS DISTINCT FROM NEW.left_at OR OLD.user_id IS DISTINCT FROM NEW.user_id)
        EXECUTE FUNCTION bump_user_access_version()`);
    await db.query(`
      CREATE FUNCTION bump_organisation_members_access_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE users SET access_version = access_version + 1
         WHERE id IN (SELECT user_id FROM organisation_members WHERE organisation_id = NEW.organisation_id AND left_at IS NULL);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER organisation_badge_access_changed AFTER INSERT OR UPDATE OF status, valid_until ON badges FOR EACH ROW
        WHEN (NEW.kind = 'organisation')
        EXECUTE FUNCTION bump_organisation_members_access_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER organisation_badge_access_changed ON badges`);
    await db.query(`DROP FUNCTION bump_organisation_members_access_version()`);
    await db.query(`DROP TRIGGER organisation_members_access_changed ON organisation_members`);
    await db.query(`DROP TRIGGER organisation_members_access_added ON organisation_members`);
    await db.query(`DROP TABLE authority_orders`);
  }
}
