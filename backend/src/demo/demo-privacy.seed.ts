import { AuditAction, Subject } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import { eraseAfter, extendedDueAt, requestDueAt } from '../privacy/request-deadlines.js';
import { TERMS_PURPOSE } from '../privacy/consents.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { demoId } from './demo-groups.seed.js';
import { DEMO_HELD_POST_ID, notify, resident } from './demo-moderation.seed.js';

const OWNER = DEMO_ACCOUNTS.find((account) => account.email === 'owner@demo.samverka.se')!.id;
const RESIDENT_STRANGNAS = DEMO_ACCOUNTS.find((account) => account.email === 'resident.strangnas@demo.samverka.se')!.id;
const DAY = 86_400_000;

/** Fixed ids of the demo's data-subject requests and legal hold. */
export const DEMO_PRIVACY_IDS = {
  nearDeadline: demoId('privacy:near-deadline'),
  extended: demoId('privacy:extended'),
  scheduledErasure: demoId('privacy:scheduled-erasure'),
  completed: demoId('privacy:completed'),
  rejected: demoId('privacy:rejected'),
  legalHold: demoId('legal-hold:threat'),
} as const;

interface RequestSpec {
  id: string;
  subjectId: string;
  type: 'rectification' | 'restriction' | 'erasure' | 'portability';
  daysAgo: number;
  details: string;
  extension?: string;
  closed?: { status: 'completed' | 'rejected'; note: string; afterDays: number };
}

/**
 * Data-subject requests in each state the owner works with, filed and handled as the privacy
 * service would write them (deadlines on the Stockholm calendar, audit events, the person's
 * notifications), and a legal hold on the removed threat.
 */
export async function seedDemoPrivacy(m: EntityManager, audit: AuditService, now: Date, erasureGraceDays: number): Promise<void> {
  const requests: RequestSpec[] = [
    // 27 days ago: due at the end of the day a month after receipt, so within the next few days whatever the month.
    { id: DEMO_PRIVACY_IDS.nearDeadline, subjectId: RESIDENT_STRANGNAS, type: 'rectification', daysAgo: 27, details: 'Mitt visningsnamn är felstavat: det ska vara Rasmus, inte Rasmos.' },
    {
      id: DEMO_PRIVACY_IDS.extended,
      subjectId: resident(40),
      type: 'restriction',
      daysAgo: 12,
      details: 'Jag bestrider att uppgifterna i min profil stämmer; begränsa behandlingen tills det är utrett.',
      extension: 'Vi behöver inhämta underlag från gruppens administratörer; det tar längre tid än en månad.',
    },
    { id: DEMO_PRIVACY_IDS.scheduledErasure, subjectId: resident(41), type: 'erasure', daysAgo: 2, details: 'Jag flyttar och vill inte längre ha kvar kontot.' },
    {
      id: DEMO_PRIVACY_IDS.completed,
      subjectId: resident(42),
      type: 'rectification',
      daysAgo: 20,
      details: 'Fel hemkommun i min profil.',
      closed: { status: 'completed', note: 'Hemkommunen rättad till Sigtuna.', afterDays: 3 },
    },
    {
      id: DEMO_PRIVACY_IDS.rejected,
      subjectId: resident(43),
      type: 'portability',
      daysAgo: 15,
      details: 'Skicka alla inlägg från alla användare i Märsta.',
      closed: { status: 'rejected', note: 'Rätten till dataportabilitet gäller egna uppgifter, inte andras inlägg.', afterDays: 2 },
    },
  ];
  for (const spec of requests) await seedRequest(m, audit, spec, now, erasureGraceDays);

  const placedAt = new Date(now.getTime() - 20 * 3_600_000);
  await m.query(`INSERT INTO legal_holds (id, subject_id, item_type, item_id, reason, reference, placed_by, placed_at, ends_at) VALUES ($1, $2, 'post', $3, $4, $5, $6, $7, $8)`, [
    DEMO_PRIVACY_IDS.legalHold,
    resident(24),
    DEMO_HELD_POST_ID,
    'Polisen har begärt att inlägget bevaras i förundersökning om olaga hot',
    'Polisen 5000-K123456-26',
    OWNER,
    placedAt,
    new Date(placedAt.getTime() + 365 * DAY),
  ]);
  await audit.record(m, {
    actorId: OWNER,
    action: AuditAction.LegalHoldPlaced,
    subjectType: Subject.LegalHold,
    subjectId: DEMO_PRIVACY_IDS.legalHold,
    reason: 'Polisen har begärt att inlägget bevaras i förundersökning om olaga hot',
    changes: { reference: { before: null, after: 'Polisen 5000-K123456-26' }, endsAt: { before: null, after: new Date(placedAt.getTime() + 365 * DAY).toISOString() } },
    requestId: 'demo-seed',
  });
}

async function seedRequest(m: EntityManager, audit: AuditService, spec: RequestSpec, now: Date, erasureGraceDays: number): Promise<void> {
  const receivedAt = new Date(now.getTime() - spec.daysAgo * DAY);
  const dueAt = requestDueAt(receivedAt);
  const erasure = spec.type === 'erasure';
  const extendedAt = spec.extension ? new Date(receivedAt.getTime() + 3 * DAY) : null;
  const closedAt = spec.closed ? new Date(receivedAt.getTime() + spec.closed.afterDays * DAY) : null;
  await m.query(
    `INSERT INTO privacy_requests (id, subject_id, type, status, received_at, due_at, details, erase_after, extended_due_at, extension_reason, extended_at, closing_note, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      spec.id,
      spec.subjectId,
      spec.type,
      spec.closed?.status ?? (erasure ? 'scheduled' : 'received'),
      receivedAt,
      dueAt,
      spec.details,
      erasure ? eraseAfter(receivedAt, erasureGraceDays) : null,
      spec.extension ? extendedDueAt(receivedAt, 2) : null,
      spec.extension ?? null,
      extendedAt,
      spec.closed?.note ?? null,
      closedAt,
    ],
  );
  // The person filed it themselves: they are the actor, as in RequestsService.fileOwn (an erasure's pseudonymisation needs this row).
  await audit.record(m, {
    actorId: spec.subjectId,
    action: AuditAction.PrivacyRequestFiled,
    subjectType: Subject.PrivacyRequest,
    subjectId: spec.id,
    changes: { type: { before: null, after: spec.type } },
    requestId: 'demo-seed',
  });
  await notify(m, spec.subjectId, 'privacy.request_received', { requestId: spec.id, type: spec.type, eraseAfter: erasure ? eraseAfter(receivedAt, erasureGraceDays).toISOString() : null }, receivedAt);
  if (spec.extension) {
    const extended = extendedDueAt(receivedAt, 2);
    await audit.record(m, {
      actorId: OWNER,
      action: AuditAction.PrivacyRequestExtended,
      subjectType: Subject.PrivacyRequest,
      subjectId: spec.id,
      reason: spec.extension,
      changes: { dueAt: { before: dueAt.toISOString(), after: extended.toISOString() } },
      requestId: 'demo-seed',
    });
    await notify(m, spec.subjectId, 'privacy.request_extended', { requestId: spec.id, dueAt: extended.toISOString(), reason: spec.extension }, extendedAt!);
  }
  if (spec.closed) {
    await audit.record(m, {
      actorId: OWNER,
      action: AuditAction.PrivacyRequestClosed,
      subjectType: Subject.PrivacyRequest,
      subjectId: spec.id,
      reason: spec.closed.note,
      changes: { status: { before: 'received', after: spec.closed.status } },
      requestId: 'demo-seed',
    });
    await notify(m, spec.subjectId, 'privacy.request_closed', { requestId: spec.id, status: spec.closed.status, note: spec.closed.note }, closedAt!);
  }
}

/**
 * The citizens of the demo (the demo accounts and the generated residents) accepted the terms in
 * force when they joined, as registration records it; those with an answer already keep theirs.
 */
export async function acceptDemoTerms(m: EntityManager): Promise<void> {
  await m.query(
    `INSERT INTO consent_ledger (user_id, purpose_id, version, text_sha256, decision, channel, recorded_at)
     SELECT u.id, v.purpose_id, v.version, v.text_sha256, 'granted', 'app', u.created_at
       FROM users u
       JOIN consent_purposes p ON p.key = $1
       JOIN LATERAL (SELECT * FROM consent_purpose_versions WHERE purpose_id = p.id ORDER BY version DESC LIMIT 1) v ON true
      WHERE 'citizen' = ANY(u.roles) AND u.email LIKE '%@demo.samverka.se'
        AND NOT EXISTS (SELECT 1 FROM consent_ledger l WHERE l.user_id = u.id AND l.purpose_id = p.id)`,
    [TERMS_PURPOSE],
  );
}
