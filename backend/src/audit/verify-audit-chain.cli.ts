// `npm run audit:verify`: checks the audit log's hash chain against DATABASE_URL, and against the
// signed checkpoints in STORAGE_DIR/audit-anchors.jsonl (AUDIT_ANCHOR_KEY, or the key derived from
// JWT_SECRET: run it with the service's environment), and exits 1 naming the first broken row (or a
// missing end) and every checkpoint that no longer holds, so a cron job or CI step can alert on it.
import { DataSource } from 'typeorm';
import { ConfigError, loadConfig } from '../platform/config/app-config.js';
import { dataSourceOptions } from '../platform/database/data-source-options.js';
import { verifyAuditChain } from './audit-chain.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`audit:verify: ${error.message}`);
  process.exit(1);
}
const db = new DataSource(dataSourceOptions(config.databaseUrl));
await db.initialize();
try {
  const report = await verifyAuditChain(db, config.auditAnchor);
  const row = report.firstBroken;
  if (row === null) {
    console.log(`audit:verify: the chain of ${report.checked} audit events adds up`);
  } else if (row.problem === 'tail_missing') {
    console.error(
      `audit:verify: BROKEN at the end: the head names audit event ${row.id} (chain position ${row.chainSeq}) as the last one written, and the chain does not end on it: tail_missing; the ${report.checked} events before are intact`,
    );
  } else {
    console.error(`audit:verify: BROKEN at audit event ${row.id} (chain position ${row.chainSeq}): ${row.problem}; ${report.checked} events before it are intact`);
  }
  const { anchors } = report;
  const latest = anchors.latest ? `; the latest that holds names position ${anchors.latest.chainSeq} (${anchors.latest.at})` : '';
  console.log(`audit:verify: ${anchors.checked} checkpoints read from ${config.auditAnchor.file}${latest}`);
  for (const p of anchors.problems) {
    if (p.problem === 'unreadable') console.error(`audit:verify: checkpoint line ${p.line} is not a checkpoint: unreadable`);
    else if (p.problem === 'forged') console.error(`audit:verify: checkpoint line ${p.line} (claims position ${p.chainSeq}, ${p.at}) has an invalid HMAC: forged`);
    else
      console.error(
        `audit:verify: checkpoint line ${p.line} (position ${p.chainSeq}, ${p.at}) no longer holds: ${p.problem}; rows after position ${p.intactUpTo} up to ${p.chainSeq} were deleted, changed or re-linked`,
      );
  }
  if (anchors.broken > anchors.problems.length) console.error(`audit:verify: and ${anchors.broken - anchors.problems.length} more checkpoints that do not hold`);
  if (report.intact) console.log('audit:verify: intact');
  else process.exitCode = 1;
} finally {
  await db.destroy();
}
