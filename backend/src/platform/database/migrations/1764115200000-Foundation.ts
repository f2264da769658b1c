import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Identity, municipalities, sign-in sessions and the audit log.
 * Invariants live here as constraints so that no code path can break them.
 */
export class Foundation1764115200000 implements MigrationInterface {
  name = 'Foundation1764115200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);

    await db.query(`
      CREATE TABLE municipalities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code char(4) NOT NULL CONSTRAINT municipalities_code_format CHECK (code ~ '^[0-9]{4}$'),
        name text NOT NULL CONSTRAINT municipalities_name_not_blank CHECK (btrim(name) <> ''),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT municipalities_code_unique UNIQUE (code)
      )`);
    await db.query(`
      CREATE TABLE municipality_areas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (btrim(name) <> ''),
        CONSTRAINT municipality_areas_name_unique UNIQUE (municipality_id, name)
      )`);

    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CONSTRAINT users_email_lower CHECK (email = lower(email)),
        display_name text NOT NULL,
        password_hash text,
        status text NOT NULL DEFAULT 'active'
          CONSTRAINT users_status_known CHECK (status IN ('active', 'suspended', 'erased')),
        roles text[] NOT NULL DEFAULT '{citizen}'
          CONSTRAINT users_roles_known CHECK (roles <@ ARRAY['platform_owner', 'moderator', 'coordinator', 'citizen']::text[])
          CONSTRAINT users_roles_not_empty CHECK (cardinality(roles) > 0),
        home_municipality_id uuid REFERENCES municipalities (id) ON DELETE SET NULL,
        last_sign_in_at timestamptz,
        invitation_token_hash text,
        invitation_expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_unique UNIQUE (email)
      )`);
    await db.query(`CREATE INDEX users_home_municipality_idx ON users (home_municipality_id)`);
    await db.query(`CREATE UNIQUE INDEX users_invitation_token_idx ON users (invitation_token_hash) WHERE invitation_token_hash IS NOT NULL`);

    await db.query(`
      CREATE TABLE user_municipality_scopes (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, municipality_id)
      )`);
    await db.query(`CREATE INDEX user_municipality_scopes_municipality_idx ON user_municipality_scopes (municipality_id)`);

    await db.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        family_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        replaced_at timestamptz,
        revoked_at timestamptz
      )`);
    await db.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id)`);
    await db.query(`CREATE INDEX refresh_tokens_user_active_idx ON refresh_tokens (user_id) WHERE revoked_at IS NULL`);
    await db.query(`CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at)`);

    await db.query(`
      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL,
        subject_type text,
        subject_id text,
        municipality_id uuid,
        reason text,
        changes jsonb,
        request_id text
      )`);
    await db.query(`CREATE INDEX audit_events_occurred_idx ON audit_events (occurred_at DESC, id DESC)`);
    await db.query(`CREATE INDEX audit_events_municipality_idx ON audit_events (municipality_id, occurred_at DESC)`);
    await db.query(`CREATE INDEX audit_events_subject_idx ON audit_events (subject_type, subject_id)`);
    await db.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_id, occurred_at DESC)`);
    // Append-only, enforced by the database: no code path, bug or SQL console edit can rewrite history.
    await db.query(`
      CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()`);
    await db.query(`
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()`);

    // Fixed ids: the demo seed, the tests and later migrations refer to them.
    await db.query(`
      INSERT INTO municipalities (id, code, name) VALUES
        ('00000000-0000-4000-8000-000000000180', '0180', 'Stockholm'),
        ('00000000-0000-4000-8000-000000000191', '0191', 'Sigtuna'),
        ('00000000-0000-4000-8000-000000000486', '0486', 'Strängnäs')`);
    await db.query(`
      INSERT INTO municipality_areas (municipality_id, name) VALUES
        ('00000000-0000-4000-8000-000000000180', 'Gamla stan')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_events`);
    await db.query(`DROP FUNCTION audit_events_refuse_change()`);
    await db.query(`DROP TABLE refresh_tokens`);
    await db.query(`DROP TABLE user_municipality_scopes`);
    await db.query(`DROP TABLE users`);
    await db.query(`DROP TABLE municipality_areas`);
    await db.query(`DROP TABLE municipalities`);
  }
}
