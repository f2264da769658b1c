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
  intact: boolean;
  /** Rows found intact before the first broken one (all of them when intact). */
  checked: number;
  firstBroken: AuditChainBreak | null;
}
