import type { MigrationInterface, QueryRunner } from 'typeorm';

const GENESIS = `repeat('0', 64)`;

/**
 * Second factors (TOTP secrets, encrypted; one-time recovery codes, hashed) and a hash chain over
 * the audit log: every row stores its place in the chain, the previous row's hash and its own
 * hash over its canonical content, so an edit made behind the append-only trigger is found.
 */
export class SecurityHardening1764720000000 implements MigrationInterface {
  name = 'SecurityHardening1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE user_mfa (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        secret_ciphertext text NOT NULL,
        confirmed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE mfa_recovery_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        code_hash text NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT mfa_recovery_codes_unique UNIQUE (user_id, code_hash)
      )`);

    await db.query(`ALTER TABLE audit_events ADD COLUMN chain_seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    // Canonical content: a JSON array of every column in a fixed order, timestamps in UTC with
    // microseconds, so the hash does not depend on the session's time zone or on key order.
    await db.query(`
      CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(jsonb_build_array(
          e.chain_seq, e.id, to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.actor_id, e.action, e.subject_type, e.subject_id, e.municipality_id, e.reason, e.changes,
          e.request_id, e.prev_hash)::text, 'UTF8')), 'hex')
      $$`);
    // One chain for all writers: the advisory lock is held to the end of the inserting
    // transaction, so the next writer links to a row that is committed.
    await db.query(`
      CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head record;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_events_chain'));
        SELECT chain_seq, hash INTO head FROM audit_events ORDER BY chain_seq DESC LIMIT 1;
        NEW.chain_seq := coalesce(head.chain_seq, 0) + 1;
        NEW.prev_hash := coalesce(head.hash, ${GENESIS});
        NEW.hash := audit_event_hash(NEW);
        RETURN NEW;
      END $$`);

    // Chain the rows written before this migration, in the order they were written.
    await db.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
    await db.query(`
      DO $$
      DECLARE
        r audit_events;
        previous text := ${GENESIS};
        n bigint := 0;
      BEGIN
        FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
          n := n + 1;
          r.chain_seq := n;
          r.prev_hash := previous;
          r.hash := audit_event_hash(r);
          UPDATE audit_events SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
          previous := r.hash;
        END LOOP;
      END $$`);
    await db.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    await db.query(`ALTER TABLE audit_events ALTER COLUMN chain_seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await db.query(`CREATE UNIQUE INDEX audit_events_chain_seq_key ON audit_events (chain_seq)`);
    await db.query(`CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_events_chain ON audit_events`);
    await db.query(`DROP FUNCTION audit_events_chain()`);
    await db.query(`DROP INDEX audit_events_chain_seq_key`);
    await db.query(`ALTER TABLE audit_events DROP COLUMN chain_seq, DROP COLUMN prev_hash, DROP COLUMN hash`);
    await db.query(`DROP FUNCTION audit_event_hash(audit_events)`);
    await db.query(`DROP TABLE mfa_recovery_codes`);
    await db.query(`DROP TABLE user_mfa`);
  }
}
