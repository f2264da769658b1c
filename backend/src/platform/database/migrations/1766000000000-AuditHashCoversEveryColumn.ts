import type { MigrationInterface, QueryRunner } from 'typeorm';

const at = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The content SecurityHardening1764720000000 hashed: it left out context_ids (added later) and the redaction mark. */
const V1 = `jsonb_build_array(e.chain_seq, e.id, ${at('e.occurred_at')}, e.actor_id, e.action, e.subject_type, e.subject_id, e.municipality_id, e.reason, e.changes, e.request_id, e.prev_hash)`;

/**
 * Every column that carries meaning: also the records the event belongs to (context_ids: a
 * rewrite moved an event out of a group's history unseen) and the redaction mark, so a row
 * cannot be made to look pseudonymised. Only the hashes themselves are left out.
 */
const V2 = `jsonb_build_array(2, e.chain_seq, e.id, ${at('e.occurred_at')}, e.actor_id, e.action, e.subject_type, e.subject_id, e.municipality_id, e.reason, e.changes, e.request_id, e.prev_hash, e.context_ids, ${at('e.redacted_at')}, e.redaction_request_id)`;

const hashFunction = (body: string) => `
  CREATE OR REPLACE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to((${body})::text, 'UTF8')), 'hex')
  $$`;

/**
 * The audit row hash covers every column (issue 16). Rows already written keep the hash they were
 * sealed with: the version follows from the row's place in the chain, the last position written
 * before this migration being fixed in `audit_hash_cutover()`. A version column would be one more
 * value to forge: set back to 1, it would hide a rewrite of the columns only version 2 covers.
 * The insert trigger, the redaction seal and verification all call `audit_event_hash`, so they
 * follow without change.
 */
export class AuditHashCoversEveryColumn1766000000000 implements MigrationInterface {
  name = 'AuditHashCoversEveryColumn1766000000000';

  async up(db: QueryRunner): Promise<void> {
    // No audit row may be written between reading the last position and switching the hash.
    await db.query(`LOCK TABLE audit_events IN SHARE ROW EXCLUSIVE MODE`);
    const [{ last_seq: cutover }]: { last_seq: string }[] = await db.query(`SELECT last_seq::text FROM audit_chain_head`);
    if (!/^\d+$/.test(cutover)) throw new Error(`audit_chain_head.last_seq is not a position: ${cutover}`);
    // Run again after a down (which keeps the cutover), the rows sealed since keep their version.
    if ((await db.query(`SELECT to_regprocedure('audit_hash_cutover()') AS f`))[0].f) return;
    await db.query(`CREATE FUNCTION audit_hash_cutover() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT ${cutover}::bigint $$`);
    await db.query(`COMMENT ON FUNCTION audit_hash_cutover() IS 'The last audit chain position hashed without context_ids and the redaction mark (AuditHashCoversEveryColumn1766000000000)'`);
    await db.query(hashFunction(`CASE WHEN e.chain_seq > audit_hash_cutover() THEN ${V2} ELSE ${V1} END`));
  }

  /**
   * Keeps the versioned hash: rows written since are sealed with every column, and the old
   * function would report each of them as changed. A later `up` finds the cutover and keeps it.
   */
  async down(): Promise<void> {}
}
