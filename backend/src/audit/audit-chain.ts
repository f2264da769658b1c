import type { DataSource, EntityManager } from 'typeorm';

/** The `prev_hash` of the first row in the chain. */
export const GENESIS_HASH = '0'.repeat(64);
const BATCH = 5_000;

export interface ChainBreak {
  id: string;
  chainSeq: string;
  problem: 'content_changed' | 'link_broken' | 'row_missing';
}

export interface ChainReport {
  intact: boolean;
  checked: number;
  /** The first row whose hash, link or place in the chain is wrong; null when intact. */
  firstBroken: ChainBreak | null;
}

interface Row {
  chain_seq: string;
  id: string;
  prev_hash: string;
  hash: string;
  seal: string;
  expected: string;
}

/**
 * Walks the audit chain in order and recomputes every row's hash in the database (the same
 * function the insert trigger uses), so an edit made behind the append-only trigger, a deleted
 * row or a re-linked row is found and named. Reads in batches: the log only grows.
 */
export async function verifyAuditChain(db: DataSource | EntityManager): Promise<ChainReport> {
  let previousHash = GENESIS_HASH;
  let previousSeq = 0n;
  let checked = 0;
  for (;;) {
    const rows: Row[] = await db.query(
      // A row redacted by an erasure is checked against its seal; its original hash still links the chain.
      `SELECT chain_seq::text, id::text, prev_hash, hash, coalesce(e.redacted_hash, e.hash) AS seal, audit_event_hash(e) AS expected
         FROM audit_events e WHERE e.chain_seq > $1 ORDER BY e.chain_seq LIMIT ${BATCH}`,
      [previousSeq.toString()],
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
    if (rows.length < BATCH) return { intact: true, checked, firstBroken: null };
  }
}

const broken = (checked: number, firstBroken: ChainBreak): ChainReport => ({ intact: false, checked, firstBroken });
