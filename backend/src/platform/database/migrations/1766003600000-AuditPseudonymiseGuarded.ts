import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The statement that rewrites the person's rows, as AuditPseudonymiseDefiner1765947600000 wrote it. */
const REWRITE = `
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
        DELETE FROM audit_seal.redactions_in_progress WHERE xact = pg_current_xact_id();`;

const PSEUDONYM_CHECK = `
        IF p_pseudonym::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
           OR EXISTS (SELECT 1 FROM users WHERE id = p_pseudonym) THEN
          RAISE EXCEPTION '% is not a pseudonym', p_pseudonym USING ERRCODE = 'invalid_parameter_value';
        END IF;`;

const DECLARE = `
      DECLARE
        person uuid;
        filed_by uuid;
        email text;
        name text;
        personal text;
        rewritten integer;`;

/**
 * Closes what the application role could do with the erasure's audit rewrite (issue 16). Holding
 * that role's connection, one could insert an erasure request for anybody, already processing and
 * due, and call `audit_events_pseudonymise` to rewrite their audit trail; move a real request onto
 * somebody else; or call it again with another pseudonym, splitting or merging people. Now:
 *
 * - a request's identity (person, type, receipt, who filed it) never changes;
 * - the function acts only for a request whose filing is in the audit chain, by the person or by
 *   the staff member named as filing it, so a forgery has to write itself into the chain first;
 * - a request is bound to one pseudonym and a person to one request (`audit_seal.erasure_pseudonyms`,
 *   out of the application's reach);
 * - every call writes an audit row of its own (`privacy.audit_pseudonymised`: the request, the
 *   pseudonym, the rows rewritten), which nobody can remove.
 */
export class AuditPseudonymiseGuarded1766003600000 implements MigrationInterface {
  name = 'AuditPseudonymiseGuarded1766003600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION privacy_requests_keep_identity() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- filed_by may only become null: its foreign key does that when the account is deleted.
        IF NEW.subject_id <> OLD.subject_id OR NEW.type <> OLD.type OR NEW.received_at <> OLD.received_at
           OR (NEW.filed_by IS DISTINCT FROM OLD.filed_by AND NEW.filed_by IS NOT NULL) THEN
          RAISE EXCEPTION 'the identity of a privacy request (person, type, receipt, filer) cannot change' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER privacy_requests_identity BEFORE UPDATE ON privacy_requests FOR EACH ROW EXECUTE FUNCTION privacy_requests_keep_identity()`);
    await db.query(`
      CREATE TABLE audit_seal.erasure_pseudonyms (
        request_id uuid PRIMARY KEY,
        subject_id uuid NOT NULL CONSTRAINT erasure_pseudonyms_one_request_per_person UNIQUE,
        pseudonym uuid NOT NULL CONSTRAINT erasure_pseudonyms_one_person_per_pseudonym UNIQUE,
        bound_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Replaced in place: the application role's EXECUTE grant stays.
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_pseudonymise(p_request uuid, p_pseudonym uuid) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$${DECLARE}
        bound uuid;
      BEGIN
        SELECT r.subject_id, r.filed_by INTO person, filed_by FROM privacy_requests r
         WHERE r.id = p_request AND r.type = 'erasure' AND r.status = 'processing' AND r.closed_at IS NULL AND r.erase_after <= now();
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no erasure is being processed under request %', p_request USING ERRCODE = 'insufficient_privilege';
        END IF;${PSEUDONYM_CHECK}
        SELECT b.pseudonym INTO bound FROM audit_seal.erasure_pseudonyms b WHERE b.request_id = p_request;
        -- Filed through the service: by the person (their id, or the pseudonym this request already gave
        -- them), or on their behalf by the staff member the request names.
        IF NOT EXISTS (
          SELECT 1 FROM audit_events f
           WHERE f.subject_type = 'PrivacyRequest' AND f.subject_id = p_request::text
             AND ((f.action = 'privacy.request_filed' AND filed_by IS NULL AND f.actor_id IN (person, bound))
               OR (f.action = 'privacy.request_filed_on_behalf' AND f.actor_id = filed_by))) THEN
          RAISE EXCEPTION 'erasure request % was not filed by the person or on their behalf', p_request USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF bound IS NULL THEN
          BEGIN
            INSERT INTO audit_seal.erasure_pseudonyms (request_id, subject_id, pseudonym) VALUES (p_request, person, p_pseudonym);
          EXCEPTION WHEN unique_violation THEN
            RAISE EXCEPTION 'the person or the pseudonym of request % is bound to another pseudonym or request', p_request USING ERRCODE = 'insufficient_privilege';
          END;
        ELSIF bound <> p_pseudonym THEN
          RAISE EXCEPTION 'request % is bound to another pseudonym', p_request USING ERRCODE = 'insufficient_privilege';
        END IF;
${REWRITE}
        INSERT INTO audit_events (action, subject_type, subject_id, changes, request_id)
        VALUES ('privacy.audit_pseudonymised', 'PrivacyRequest', p_request::text,
                jsonb_build_object('rows', jsonb_build_object('before', NULL, 'after', rewritten), 'pseudonym', jsonb_build_object('before', NULL, 'after', p_pseudonym)),
                'erasure-' || p_request);
        RETURN rewritten;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    // The function as AuditPseudonymiseDefiner1765947600000 wrote it.
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_pseudonymise(p_request uuid, p_pseudonym uuid) RETURNS integer
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$${DECLARE}
      BEGIN
        SELECT r.subject_id INTO person FROM privacy_requests r
         WHERE r.id = p_request AND r.type = 'erasure' AND r.status = 'processing' AND r.closed_at IS NULL AND r.erase_after <= now();
        IF NOT FOUND THEN
          RAISE EXCEPTION 'no erasure is being processed under request %', p_request USING ERRCODE = 'insufficient_privilege';
        END IF;${PSEUDONYM_CHECK}
${REWRITE}
        RETURN rewritten;
      END $$`);
    await db.query(`DROP TABLE audit_seal.erasure_pseudonyms`);
    await db.query(`DROP TRIGGER privacy_requests_identity ON privacy_requests`);
    await db.query(`DROP FUNCTION privacy_requests_keep_identity()`);
  }
}
