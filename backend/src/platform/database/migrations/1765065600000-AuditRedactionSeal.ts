import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reconciles the tamper-evident chain with erasure. An erasure may pseudonymise an audit row's
 * personal fields (see audit_events_refuse_change); the row keeps its place and its original
 * hash in the chain, and is sealed again: `redacted_hash` is the hash of its redacted content.
 * Verification checks a redacted row against that seal, so any later edit is still found, and
 * the redaction itself is visible (`redacted_at`).
 */
export class AuditRedactionSeal1765065600000 implements MigrationInterface {
  name = 'AuditRedactionSeal1765065600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_events ADD COLUMN redacted_at timestamptz, ADD COLUMN redacted_hash text`);
    await db.query(`
      CREATE FUNCTION audit_events_seal_redaction() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- Only the erasure's own redaction is sealed; any other edit stays visible to verification.
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
    // Fires after audit_events_append_only (triggers run in name order), so only an update that
    // the erasure was allowed to make is ever sealed.
    await db.query(`CREATE TRIGGER audit_events_redaction_seal BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_seal_redaction()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_events_redaction_seal ON audit_events`);
    await db.query(`DROP FUNCTION audit_events_seal_redaction()`);
    await db.query(`ALTER TABLE audit_events DROP COLUMN redacted_at, DROP COLUMN redacted_hash`);
  }
}
