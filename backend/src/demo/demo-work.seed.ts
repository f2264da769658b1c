import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { DEMO_CASE_IDS, seedDemoModeration } from './demo-moderation.seed.js';
import { seedDemoOrders } from './demo-orders.seed.js';
import { acceptDemoTerms, seedDemoPrivacy } from './demo-privacy.seed.js';
import { seedDemoTips } from './demo-tips.seed.js';

export interface DemoWorkSettings {
  claimMinutes: number;
  erasureGraceDays: number;
}

/**
 * Work for every demo role, seeded once: the moderator's queue and decided cases with an open
 * appeal, the owner's privacy requests and legal hold, the police organisation's tips (one answered)
 * and its open order to preserve a locked group's messages, the citizen's notifications and accepted terms. Needs the demo accounts, groups and organisations.
 * Everything is relative to `now` (the injected clock), in one transaction.
 */
export async function seedDemoWork(db: DataSource, audit: AuditService, now: Date, settings: DemoWorkSettings): Promise<boolean> {
  const present = await db.query(`SELECT 1 FROM moderation_cases WHERE id = $1`, [DEMO_CASE_IDS.autoHiddenThreat]);
  if (present.length > 0) return false;
  await db.transaction(async (m) => {
    await acceptDemoTerms(m);
    await seedDemoModeration(m, audit, now, settings.claimMinutes);
    await seedDemoTips(m, now);
    await seedDemoPrivacy(m, audit, now, settings.erasureGraceDays);
    await seedDemoOrders(m, audit, now);
  });
  return true;
}
