import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure's rewrite of audit rows moves into one SECURITY DEFINER function, and the session
 * setting `samverka.erasure` that any connection could turn on stops opening the table.
 *
 * `audit_events_pseudonymise(request, pseudonym)` takes the person from the erasure request (due,
 * open, processing), replaces only their id (and their e-mail and name, read from their account,
 * by "[erased]") and marks each row it rewrote with the time and the request. The triggers let an
 * UPDATE through only while that function runs: it records its transaction in
 * `audit_seal.redactions_in_progress`, a schema the application cannot reach, and removes the
 * mark before it returns.
 *
 * The seal of a redacted row covers its redacted content, its original hash (which still links the
 * chain), the time and the request, so the mark cannot be moved or dropped without verification
 * seeing it. Rows sealed before this migration (no request) keep the old seal.
 */
export class AuditPseudonymiseDefiner1765947600000 implements MigrationInterface {
  name = 'AuditPseudonymiseDefiner1765947600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_events ADD COLUMN redaction_request_id uuid`);
    await db.query(`CREATE SCHEMA audit_seal`);
    await db.query(`REVOKE ALL ON SCHEMA audit_seal FROM PUBLIC`);
    await db.query(`CREATE TABLE audit_seal.redactions_in_progress (xact xid8 PRIMARY KEY, request_id uuid NOT NULL)`);

    // SECURITY DEFINER so the triggers, run by whoever updates, can ask without reaching the schema.
    await db.query(`
      CREATE FUNCTION audit_redaction_request() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, pg_temp AS $$
        SELECT request_id FROM audit_seal.redactions_in_progress WHERE xact = pg_current_xact_id()
      $$`);

    await db.query(`
      CREATE FUNCTION audit_redaction_seal(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(jsonb_build_array(
          audit_event_hash(e), e.hash, to_char(e.redacted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.redaction_request_id)::text, 'UTF8')), 'hex')
      $$`);

    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND audit_redaction_request() IS NOT NULL
           AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.action = OLD.action
           AND NEW.municipality_id IS NOT DISTINCT FROM OLD.municipality_id
           AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_seal_redaction() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        request uuid := audit_redaction_request();
      BEGIN
        IF request IS NULL THEN
          RETURN NEW;
        END IF;
        NEW.chain_seq := OLD.chain_seq;
        NEW.prev_hash := OLD.prev_hash;
        NEW.hash := OLD.hash;
        NEW.redacted_at := now();
        NEW.redaction_request_id := request;
        NEW.redacted_hash := audit_redaction_seal(NEW);
        RETURN NEW;
      END $$`);

    await db.query(`
      CREATE FUNCTION audit_events_pseudonymise(p_request uuid, p_pseudonym uuid) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
      DECLARE
        person uuid;
        email text;
        name text;
        personal text;
        rewritten integer;
      BEGIN
        SELECT r.subject_id INTO person FROM privacy_requests r
         WHERE r.id = p_request AND r.type = 'erasure' AND r.status = 'processing' AND r.closed_at IS NULL AND r.erase_after <= now();
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no erasure is being processed under request %', p_request USING ERRCODE = 'insufficient_privilege';
        END IF;
        -- The keyed pseudonym is made outside the database (the key never comes here): it must at
        -- least be one (a version 8 UUID) and must not be somebody's id.
        IF p_pseudonym::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
           OR EXISTS (SELECT 1 FROM users WHERE id = p_pseudonym) THEN
          RAISE EXCEPTION '% is not a pseudonym', p_pseudonym USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- The person's own e-mail and name, as literal text, unless the account is emptied already.
        SELECT u.email, u.display_name INTO email, name FROM users u WHERE u.id = person AND u.email NOT LIKE '%@erased.invalid';
        SELECT '(' || string_agg(regexp_replace(t, '([.*+?^$\\{}()|\\[\\]\\\\])', '\\\\\\1', 'g'), '|') || ')' INTO personal
          FROM unnest(ARRAY[email, name]) AS t WHERE length(btrim(t)) >= 3;

        INSERT INTO audit_seal.redactions_in_progress (xact, request_id) VALUES (pg_current_xact_id(), p_request);
        UPDATE audit_events
           SET actor_id = CASE WHEN actor_id = person THEN p_pseudonym ELSE actor_id END,
               subject_id = replace(subject_id, person::text, p_pseudonym::text),
               context_ids = array_replace(context_ids, person, p_pseudonym),
               reason = CASE WHEN personal IS NULL THEN replace(reason, person::text, p_pseudonym::text)
                             ELSE regexp_replace(replace(reason, person::text, p_pseudonym::text), personal, '[erased]', 'gi') END,
               changes = CASE WHEN personal IS NULL THEN replace(changes::text, person::text, p_pseudonym::text)::jsonb
                              ELSE regexp_replace(replace(changes::text, person::text, p_pseudonym::text), personal, '[erased]', 'gi')::jsonb END
         WHERE actor_id = person OR subject_id LIKE '%' || person::text || '%' OR person = ANY(context_ids)
            OR reason LIKE '%' || person::text || '%' OR changes::text LIKE '%' || person::text || '%'
            OR (personal IS NOT NULL AND (reason ~* personal OR changes::text ~* personal));
        GET DIAGNOSTICS rewritten = ROW_COUNT;
        DELETE FROM audit_seal.redactions_in_progress WHERE xact = pg_current_xact_id();
        RETURN rewritten;
      END $$`);
    await db.query(`REVOKE ALL ON FUNCTION audit_events_pseudonymise(uuid, uuid) FROM PUBLIC`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION audit_events_pseudonymise(uuid, uuid)`);
    // The triggers as Privacy1764633600000 and AuditRedactionSeal1765065600000 wrote them.
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_seal_redaction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('samverka.erasure', true) IS DISTINCT FROM 'on' THEN
          RETURN NEW;
        END IF;
        NEW.chain_seq := OLD.chain_seq;
        NEW.prev_hash := OLD.prev_hash;
        NEW.hash := OLD.hash;
        NEW.redacted_at := now();
        NEW.redacted_hash := audit_event_hash(NEW);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('samverka.erasure', true) = 'on'
           AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.action = OLD.action
           AND NEW.municipality_id IS NOT DISTINCT FROM OLD.municipality_id
           AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`DROP FUNCTION audit_redaction_seal(audit_events)`);
    await db.query(`DROP FUNCTION audit_redaction_request()`);
    await db.query(`DROP SCHEMA audit_seal CASCADE`);
    await db.query(`ALTER TABLE audit_events DROP COLUMN redaction_request_id`);
  }
}
