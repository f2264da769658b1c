// `npm run audit:verify`: checks the audit log's hash chain against DATABASE_URL and exits 1
// naming the first broken row (or a missing end), so a cron job or CI step can alert on it.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../platform/database/data-source-options.js';
import { verifyAuditChain } from './audit-chain.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('audit:verify: DATABASE_URL must be set');
  process.exit(1);
}
const db = new DataSource(dataSourceOptions(url));
await db.initialize();
try {
  const report = await verifyAuditChain(db);
  if (report.intact) {
    console.log(`audit:verify: the chain of ${report.checked} audit events is intact`);
  } else {
    const row = report.firstBroken!;
    if (row.problem === 'tail_missing') {
      console.error(`audit:verify: BROKEN at the end: the head names audit event ${row.id} (chain position ${row.chainSeq}) as the last one written, and the chain does not end on it: tail_missing; the ${report.checked} events before are intact`);
    } else {
      console.error(`audit:verify: BROKEN at audit event ${row.id} (chain position ${row.chainSeq}): ${row.problem}; ${report.checked} events before it are intact`);
    }
    process.exitCode = 1;
  }
} finally {
  await db.destroy();
}
