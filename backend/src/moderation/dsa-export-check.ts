import type { DsaStatement } from './dsa-export.js';
import { dsaExportProblems } from './dsa-statement-rules.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';

/**
 * Refuses to hand out an export the Transparency Database would refuse in part: a statement that
 * breaks its rules is a defect of ours to fix, not one to leave out or let through unnoticed.
 * The error names each statement (puid) and field, and is logged as a server error.
 */
export function assertAcceptedByTransparencyDatabase(statements: readonly DsaStatement[], today: string): void {
  const refused = dsaExportProblems(statements as unknown as readonly Record<string, unknown>[], today);
  if (refused.length === 0) return;
  const detail = refused.map(({ puid, problems }) => `${puid}: ${problems.join('; ')}`).join(' | ');
  throw new ModerationError(
    ModerationErrorCode.DsaStatementRefused,
    `${refused.length} of ${statements.length} statements of reasons would be refused by the DSA Transparency Database, so none were exported: ${detail}`,
  );
}
