import type { AuditChainBreak, AuditChainReport } from '@samverka/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { type AnchorSettings, checkCheckpoints } from './audit-anchor.js';

/** The `prev_hash` of the first row in the chain. */
export const GENESIS_HASH = '0'.repeat(64);
const BATCH = 5_000;

export type ChainBreak = AuditChainBreak;
export type ChainReport = AuditChainReport;

interface Row {
  chain_seq: string;
  id: string;
  prev_hash: string;
  hash: string;
  seal: string;
  expected: string;
}

interface Head {
  last_seq: string;
  last_hash: string;
  last_event_id: string | null;
}

/**
 * Walks the audit chain in order and recomputes every row's hash in the database (the same
 * function the insert trigger uses), so an edit made behind the append-only trigger, a deleted
 * row or a re-linked row is found and named; then checks that the walk ends at the head the
 * insert path keeps, so rows deleted from the end are found too. Reads in batches: the log only
 * grows.
 *
 * The head is read first and the walk stops at it. The head moves in the same transaction as the
 * rows it names, so every row up to it is committed, and rows written during the walk belong to
 * the next verification rather than looking like a broken end.
 */
export async function verifyAuditChain(db: DataSource | EntityManager, anchors?: AnchorSettings): Promise<ChainReport> {
  const walk = await walkChain(db);
  // The checkpoints outside the database find what the walk cannot: a stretch deleted and the
  // rest re-linked, re-numbered and its head moved to match, by the owner role. The route and the
  // CLI always pass them; tests that look at the chain alone may leave them out.
  const anchorReport = anchors ? await checkCheckpoints(db, anchors) : { checked: 0, latest: null, broken: 0, problems: [] };
  return { ...walk, intact: walk.intact && anchorReport.broken === 0, anchors: anchorReport };
}

async function walkChain(db: DataSource | EntityManager): Promise<Omit<ChainReport, 'anchors'>> {
  const [head]: Head[] = await db.query(`SELECT last_seq::text, last_hash, last_event_id::text FROM audit_chain_head`);
  // The insert trigger refuses to write without it, so this is damage, not a state to report on.
  if (!head) throw new Error('audit_chain_head has no row: the end of the audit chain cannot be checked');
  let previousHash = GENESIS_HASH;
  let previousSeq = 0n;
  let checked = 0;
  for (;;) {
    const rows: Row[] = await db.query(
      // A row redacted by an erasure is checked against its seal, which also covers the original
      // hash (still the link), the time and the erasure request; seals made before requests were
      // recorded cover the redacted content only.
      `SELECT chain_seq::text, id::text, prev_hash, hash, coalesce(e.redacted_hash, e.hash) AS seal,
              CASE WHEN e.redaction_request_id IS NULL THEN audit_event_hash(e) ELSE audit_redaction_seal(e) END AS expected
         FROM audit_events e WHERE e.chain_seq > $1 AND e.chain_seq <= $2 ORDER BY e.chain_seq LIMIT ${BATCH}`,
      [previousSeq.toString(), head.last_seq],
    );
    for (const row of rows) {
      const at = { id: row.id, chainSeq: row.chain_seq };
      if (BigInt(row.chain_seq) !== previousSeq + 1n) return broken(checked, { ...at, problem: 'row_missing' });
      if (row.prev_hash !== previousHash) return broken(checked, { ...at, problem: 'link_broken' });
      if (row.seal !== row.expected) return broken(checked, { ...at, problem: 'content_changed' });
      previousHash = row.hash;
      previousSeq = BigInt(row.chain_seq);
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  // The walk must end on the very row the head names: short of it, or on another row in its place.
  if (previousSeq !== BigInt(head.last_seq) || previousHash !== head.last_hash) {
    return broken(checked, { id: head.last_event_id ?? '', chainSeq: head.last_seq, problem: 'tail_missing' });
  }
  return { intact: true, checked, firstBroken: null };
}

const broken = (checked: number, firstBroken: ChainBreak): Omit<ChainReport, 'anchors'> => ({ intact: false, checked, firstBroken });
