import { AuditAction, AuthorityOrderState, AuthorityOrderType, Subject } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { DEMO_GROUPS, demoId } from './demo-groups.seed.js';
import { OFFICER } from './demo-moderation.seed.js';
import { DEMO_ORGANISATION_IDS, DEMO_POLICE_NAME } from './demo-organisations.js';

const HOUR = 3_600_000;

/** The demo's open order, and what it says: the console tests and the demo seed test read them. */
export const DEMO_ORDER = {
  id: demoId('authority-order:preserve'),
  reference: 'Polisen 5000-K481516-26',
  groupId: demoId(DEMO_GROUPS.gamlaStanShops.key),
  /** Filed three hours before the seed, due four days after it. */
  receivedHoursAgo: 3,
  deadlineInDays: 4,
} as const;

/**
 * One open order from the demo police, as the officer would have filed it: preserve the messages
 * of a locked group in Gamla stan in a preliminary investigation, received and waiting for the
 * platform owner to acknowledge it. Audited like a filing through the API.
 */
export async function seedDemoOrders(m: EntityManager, audit: AuditService, now: Date): Promise<void> {
  const filedAt = new Date(now.getTime() - DEMO_ORDER.receivedHoursAgo * HOUR);
  const inserted: unknown[] = await m.query(
    `INSERT INTO authority_orders (id, issuing_organisation_id, authority_name, authority_country, reference, legal_basis, type, category, scope, deadline, created_by, created_at)
     VALUES ($1, $2, $3, 'SE', $4, $5, $6, 'illegal_or_harmful_speech', $7, $8, $9, $10)
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [
      DEMO_ORDER.id,
      DEMO_ORGANISATION_IDS.police,
      DEMO_POLICE_NAME,
      DEMO_ORDER.reference,
      'Bevarandeföreläggande enligt 27 kap. 16 § rättegångsbalken, förundersökning om olaga hot',
      AuthorityOrderType.Preserve,
      JSON.stringify([{ itemType: 'group', id: DEMO_ORDER.groupId }]),
      new Date(now.getTime() + DEMO_ORDER.deadlineInDays * 24 * HOUR),
      OFFICER,
      filedAt,
    ],
  );
  if (inserted.length === 0) return;
  await audit.record(m, {
    actorId: OFFICER,
    action: AuditAction.AuthorityOrderFiled,
    subjectType: Subject.AuthorityOrder,
    subjectId: DEMO_ORDER.id,
    changes: { state: { before: null, after: AuthorityOrderState.Received }, reference: { before: null, after: DEMO_ORDER.reference } },
    requestId: 'demo-seed',
  });
}
