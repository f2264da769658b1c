import type { MigrationInterface, QueryRunner } from 'typeorm';

const GENESIS = `repeat('0', 64)`;

/**
 * Anchors the end of the audit chain. The chain alone cannot show that its last rows were deleted:
 * what is left still links up. `audit_chain_head` holds the position, hash and id of the last row
 * ever written; the insert path moves it in the same statement as the rows it adds, nothing else
 * may change it, and verification compares the end of its walk with it.
 */
export class AuditChainHead1765584000000 implements MigrationInterface {
  name = 'AuditChainHead1765584000000';

  async up(db: QueryRunner): Promise<void> {
    // No audit row may be written between reading the current end and switching to the new triggers.
    await db.query(`LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE`);
    await db.query(`
      CREATE TABLE audit_chain_head (
        singleton boolean PRIMARY KEY DEFAULT true CONSTRAINT audit_chain_head_one_row CHECK (singleton),
        last_seq bigint NOT NULL CONSTRAINT audit_chain_head_seq_not_negative CHECK (last_seq >= 0),
        last_hash text NOT NULL,
        last_event_id bigint,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT audit_chain_head_event_named CHECK ((last_seq = 0) = (last_event_id IS NULL))
      )`);
    await db.query(`
      INSERT INTO audit_chain_head (last_seq, last_hash, last_event_id)
      SELECT coalesce(tail.chain_seq, 0), coalesce(tail.hash, ${GENESIS}), tail.id
        FROM (SELECT 1) AS one
        LEFT JOIN LATERAL (SELECT chain_seq, hash, id FROM audit_events ORDER BY chain_seq DESC LIMIT 1) AS tail ON true`);

    // The head moves forward only, and only from inside the audit_events trigger below (trigger
    // depth 2); any statement the application sends runs at depth 1 and is refused.
    await db.query(`
      CREATE FUNCTION audit_chain_head_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1 THEN
          IF NEW.last_seq > OLD.last_seq THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_chain_head is kept by the audit log itself: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER audit_chain_head_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_head FOR EACH ROW EXECUTE FUNCTION audit_chain_head_refuse_change()`);
    await db.query(`CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_refuse_change()`);

    // Each row links to the later of the head and the last row: rows written earlier in the same
    // statement are past the head (it moves once per statement), and a last row behind the head
    // means the end was deleted, so numbering goes on from the head and the gap stays visible.
    // The advisory lock still serialises writers, and is held until the head's update commits.
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head record;
        tail record;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('audit_events_chain'));
        SELECT last_seq, last_hash INTO head FROM audit_chain_head;
        IF NOT FOUND THEN
          RAISE EXCEPTION 'audit_chain_head has no row: the audit log cannot be extended' USING ERRCODE = 'data_corrupted';
        END IF;
        SELECT chain_seq, hash INTO tail FROM audit_events ORDER BY chain_seq DESC LIMIT 1;
        -- An empty log leaves tail's fields null: the comparison is then not true and the head decides.
        IF tail.chain_seq > head.last_seq THEN
          NEW.chain_seq := tail.chain_seq + 1;
          NEW.prev_hash := tail.hash;
        ELSE
          NEW.chain_seq := head.last_seq + 1;
          NEW.prev_hash := head.last_hash;
        END IF;
        NEW.hash := audit_event_hash(NEW);
        RETURN NEW;
      END $$`);
    // Once per statement, from the rows it wrote: a bulk COPY updates the single row once, not
    // once per row (a million versions of one row in one transaction make every read of it slow).
    await db.query(`
      CREATE FUNCTION audit_chain_head_advance() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE audit_chain_head
           SET last_seq = written.chain_seq, last_hash = written.hash, last_event_id = written.id, updated_at = now()
          FROM (SELECT chain_seq, hash, id FROM inserted ORDER BY chain_seq DESC LIMIT 1) AS written;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_head AFTER INSERT ON audit_events REFERENCING NEW TABLE AS inserted
      FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_head_advance()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER audit_events_head ON audit_events`);
    await db.query(`DROP FUNCTION audit_chain_head_advance()`);
    // The chain function as SecurityHardening1764720000000 wrote it.
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await db.query(`DROP TABLE audit_chain_head`);
    await db.query(`DROP FUNCTION audit_chain_head_refuse_change()`);
  }
}
