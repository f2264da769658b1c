/**
 * What is wrong with the first broken row of the audit log's hash chain:
 * - `content_changed`: the row's content no longer matches its hash (or its erasure seal);
 * - `link_broken`: the row does not point at the hash of the row before it;
 * - `row_missing`: rows before this one are gone (a gap in the chain positions);
 * - `tail_missing`: the end is gone: the chain does not end on the row its head names (the head is
 *   kept by the insert path and names the last row ever written), because rows at the end were
 *   deleted or the last one was replaced.
 */
export const AUDIT_CHAIN_PROBLEMS = ['content_changed', 'link_broken', 'row_missing', 'tail_missing'] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];

/** The first broken row: its audit event id and chain position (bigints, as strings). */
export interface AuditChainBreak {
  id: string;
  chainSeq: string;
  problem: AuditChainProblem;
}

/** GET /api/audit-chain/verification. */
export interface AuditChainReport {
  /** The chain adds up and every checkpoint outside the database still holds. */
  intact: boolean;
  /** Rows found intact before the first broken one (all of them when intact). */
  checked: number;
  firstBroken: AuditChainBreak | null;
  anchors: AuditAnchorReport;
}

/**
 * What is wrong with one checkpoint of the chain's head kept outside the database
 * (`STORAGE_DIR/audit-anchors.jsonl`, one HMAC-signed line per checkpoint):
 * - `unreadable`: the line is not a checkpoint at all;
 * - `forged`: its HMAC does not match: the line was written or edited without the anchor key;
 * - `row_gone`: no row sits at the position it names any more: rows were deleted;
 * - `hash_differs`: the row at its position has another hash: rows up to it were deleted,
 *   changed or re-linked, even if the chain in the database adds up again.
 */
export const AUDIT_ANCHOR_PROBLEMS = ['unreadable', 'forged', 'row_gone', 'hash_differs'] as const;
export type AuditAnchorProblem = (typeof AUDIT_ANCHOR_PROBLEMS)[number];

/** One checkpoint that no longer holds. Positions are bigints, as strings. */
export interface AuditAnchorBreak {
  /** Line of the checkpoint file, from 1. */
  line: number;
  problem: AuditAnchorProblem;
  /** The chain position it names (null when unreadable; for `forged`, what the line claims). */
  chainSeq: string | null;
  /** When it was written (null when unreadable). */
  at: string | null;
  /**
   * For `row_gone` and `hash_differs`: the position of the last checkpoint before it that still
   * holds ("0" when none): the rows changed lie after it, up to `chainSeq`.
   */
  intactUpTo: string | null;
}

/** The chain checked against the checkpoints. */
export interface AuditAnchorReport {
  /** Checkpoint lines read. */
  checked: number;
  /** The latest checkpoint that holds. */
  latest: { chainSeq: string; at: string } | null;
  /** How many checkpoints do not hold; `problems` lists the first 100 of them. */
  broken: number;
  problems: AuditAnchorBreak[];
}
