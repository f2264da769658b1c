import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditService } from '../src/audit/audit.service.js';
import { DEMO_APPEAL_ID, DEMO_CASE_IDS } from '../src/demo/demo-moderation.seed.js';
import { DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { DEMO_ORDER } from '../src/demo/demo-orders.seed.js';
import { DEMO_PRIVACY_IDS } from '../src/demo/demo-privacy.seed.js';
import { DEMO_ANSWERED_TIP_ID } from '../src/demo/demo-tips.seed.js';
import { seedDemoWork } from '../src/demo/demo-work.seed.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const DAY = 86_400_000;

describe.each([
  ['a Saturday', '2026-12-05T10:00:00+01:00'],
  ['a normal weekday', '2026-11-18T14:30:00+01:00'],
])('seedDemoWork on %s', (_day, at) => {
  const now = new Date(at);
  let t: TestApp;
  const seed = () => seedDemoWork(t.db, t.app.get(AuditService), now, { claimMinutes: t.config.moderation.claimMinutes, erasureGraceDays: t.config.privacy.erasureGraceDays });
  // One sign-in per person: staff sign in with a second factor, and a second sign-in waits for a
  // fresh TOTP step (up to 30 s), which pushed the later tests past their timeout.
  const tokens = new Map<keyof typeof demo, Promise<string>>();
  const as = async (who: keyof typeof demo) => {
    if (!tokens.has(who))
      tokens.set(
        who,
        t.signIn(demo[who].email).then((session) => session.accessToken),
      );
    return bearer(await tokens.get(who)!);
  };
  const count = async (sql: string): Promise<number> => Number((await t.db.query(sql))[0].n);

  beforeAll(async () => {
    t = await createTestApp({}, { clock: new FixedClock(now) });
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), now);
    expect(await seed()).toBe(true);
  });
  afterAll(() => t.close());

  it("fills the moderator's queue with open cases of three or more rules: one auto-hidden, one escalated, one claimed", async () => {
    const moderator = await as('moderator');
    const queue = await t.http.get('/api/moderation-cases').query({ range: '[0,99]', sort: '["priority","DESC"]' }).set(moderator);
    expect(queue.status).toBe(200);
    const cases = queue.body as { id: string; rules: string[]; autoHidden: boolean; escalatedAt: string | null; groupId: string | null; assignedTo: string | null; status: string }[];
    expect(new Set(cases.flatMap((c) => c.rules)).size).toBeGreaterThanOrEqual(3);
    expect(cases.every((c) => c.status === 'open')).toBe(true);
    expect(cases.find((c) => c.id === DEMO_CASE_IDS.autoHiddenThreat)).toMatchObject({ autoHidden: true, groupId: null });
    expect(cases.find((c) => c.id === DEMO_CASE_IDS.escalatedPersonalData)).toMatchObject({ escalatedAt: expect.any(String), groupId: expect.any(String) });
    expect(cases.find((c) => c.id === DEMO_CASE_IDS.claimedSpam)).toMatchObject({ assignedTo: demo.moderator.id });
    // The claim runs claimMinutes from the demo's `now`, as a claim by hand would.
    const [claim] = await t.db.query(`SELECT claimed_by, claimed_until FROM moderation_cases WHERE id = $1`, [DEMO_CASE_IDS.claimedSpam]);
    expect(claim).toEqual({ claimed_by: demo.moderator.id, claimed_until: new Date(now.getTime() + t.config.moderation.claimMinutes * 60_000) });
  });

  it('shows decided cases with statements of reasons and the open appeal', async () => {
    const moderator = await as('moderator');
    const decided = await t.http.get(`/api/moderation-cases/${DEMO_CASE_IDS.removedThreat}`).set(moderator);
    expect(decided.body).toMatchObject({ status: 'actioned', itemStatus: 'removed', actions: [expect.objectContaining({ type: 'remove', rule: 'threat', statement: expect.stringMatching(/hot/) })] });
    const appeals = await t.http.get('/api/appeals').query({ range: '[0,99]' }).set(moderator);
    expect(appeals.status).toBe(200);
    expect(appeals.body).toEqual(expect.arrayContaining([expect.objectContaining({ id: DEMO_APPEAL_ID, status: 'pending' })]));
  });

  it('gives the Sigtuna coordinator a pending application', async () => {
    const queue = await t.http
      .get('/api/verification-applications')
      .query({ filter: JSON.stringify({ status: 'pending' }) })
      .set(await as('coordinatorSigtuna'));
    expect(queue.body).toEqual([expect.objectContaining({ organisationName: 'Nattvandrarna Sigtuna', status: 'pending' })]);
  });

  it('shows the owner privacy requests in each state, one near its deadline and one extended, and a legal hold', async () => {
    const owner = await as('owner');
    const requests = await t.http.get('/api/privacy-requests').query({ range: '[0,99]' }).set(owner);
    expect(requests.status).toBe(200);
    const byId = new Map((requests.body as { id: string; status: string; dueAt: string; extendedDueAt: string | null }[]).map((r) => [r.id, r]));
    expect(new Set([...byId.values()].map((r) => r.status))).toEqual(new Set(['received', 'scheduled', 'completed', 'rejected']));
    const near = byId.get(DEMO_PRIVACY_IDS.nearDeadline)!;
    expect(new Date(near.dueAt).getTime() - now.getTime()).toBeGreaterThan(0);
    expect(new Date(near.dueAt).getTime() - now.getTime()).toBeLessThan(7 * DAY);
    expect(byId.get(DEMO_PRIVACY_IDS.extended)!.extendedDueAt).not.toBeNull();
    const holds = await t.http.get('/api/legal-holds').query({ range: '[0,99]' }).set(owner);
    expect(holds.body).toEqual([expect.objectContaining({ id: DEMO_PRIVACY_IDS.legalHold, itemType: 'post' })]);
  });

  it("puts tips in the police organisation's inbox for its officer", async () => {
    const inbox = await t.http
      .get(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`)
      .query({ range: '[0,99]' })
      .set(await as('officerSigtuna'));
    expect(inbox.status).toBe(200);
    expect(inbox.body.length).toBeGreaterThanOrEqual(3);
    // One the officer has answered and closed: the citizen reads the answer under her sent tips and in a notification.
    const closed = await t.http
      .get('/api/organisation-messages')
      .query({ filter: JSON.stringify({ state: 'closed' }) })
      .set(await as('officerSigtuna'));
    expect(closed.body).toEqual([expect.objectContaining({ id: DEMO_ANSWERED_TIP_ID, answeredByName: demo.officerSigtuna.displayName, senderName: demo.citizenSigtuna.displayName })]);
    const mine = await t.http.get('/api/my-organisation-messages').set(await as('citizenSigtuna'));
    expect(mine.body.find((tip: { id: string }) => tip.id === DEMO_ANSWERED_TIP_ID)).toMatchObject({ state: 'closed', answer: expect.stringContaining('Tack för tipset'), answeredByName: null });
    const notifications = await t.http.get('/api/me/notifications').set(await as('citizenSigtuna'));
    expect(notifications.body.find((n: { kind: string }) => n.kind === 'organisation_message.answered').payload).toMatchObject({
      messageId: DEMO_ANSWERED_TIP_ID,
      statement: 'Polisen lokalpolisområde Märsta har svarat på ditt tips.',
    });
  });

  it('gives the police one open order to preserve a locked group, due a few days ahead, that the owner sees and the citizen does not', async () => {
    const mine = await t.http
      .get('/api/authority-orders')
      .query({ filter: JSON.stringify({ state: 'received' }) })
      .set(await as('officerSigtuna'));
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([
      expect.objectContaining({
        id: DEMO_ORDER.id,
        reference: 'Polisen 5000-K481516-26',
        issuingOrganisationId: DEMO_ORGANISATION_IDS.police,
        authorityName: 'Polisen lokalpolisområde Märsta',
        type: 'preserve',
        state: 'received',
        scope: [{ itemType: 'group', id: DEMO_ORDER.groupId }],
        deadline: new Date(now.getTime() + 4 * DAY).toISOString(),
      }),
    ]);
    const [group] = await t.db.query(`SELECT visibility FROM groups WHERE id = $1`, [DEMO_ORDER.groupId]);
    expect(group).toEqual({ visibility: 'locked' });
    const owner = await t.http.get(`/api/authority-orders/${DEMO_ORDER.id}`).set(await as('owner'));
    expect(owner.body).toMatchObject({ id: DEMO_ORDER.id, state: 'received' });
    expect((await t.http.get(`/api/authority-orders/${DEMO_ORDER.id}`).set(await as('citizenSigtuna'))).status).toBe(403);
    const filed = await t.db.query(`SELECT actor_id FROM audit_events WHERE subject_id = $1 AND action = 'authority_order.filed'`, [DEMO_ORDER.id]);
    expect(filed).toHaveLength(1);
  });

  it('gives the citizen notifications and terms accepted in force', async () => {
    const notifications = await t.http
      .get('/api/me/notifications')
      .query({ range: '[0,99]' })
      .set(await as('citizenSigtuna'));
    expect(notifications.status).toBe(200);
    const kinds = (notifications.body as { kind: string }[]).map((notification) => notification.kind);
    expect(kinds).toEqual(expect.arrayContaining(['moderation.statement', 'moderation.appeal_received', 'moderation.notice_outcome']));
    const consents = await t.http.get('/api/me/consents').set(await as('citizenSigtuna'));
    expect(consents.body.purposes).toEqual(expect.arrayContaining([expect.objectContaining({ purpose: 'terms', state: 'granted', consented: true })]));
  });

  it('exports DSA statements of reasons for the decisions', async () => {
    const period = { from: new Date(now.getTime() - 7 * DAY).toISOString(), to: new Date(now.getTime() + DAY).toISOString() };
    const statements = await t.http
      .get('/api/moderation/dsa-statements')
      .query(period)
      .set(await as('owner'));
    expect(statements.status).toBe(200);
    expect(statements.body.length).toBeGreaterThanOrEqual(2);
  });

  it('leaves an audit chain that verifies, and changes nothing when it runs again', async () => {
    const verification = await t.http.get('/api/audit-chain/verification').set(await as('owner'));
    expect(verification.body).toMatchObject({ intact: true, firstBroken: null });
    const tables = [
      'moderation_cases',
      'moderation_actions',
      'moderation_appeals',
      'privacy_requests',
      'legal_holds',
      'organisation_messages',
      'authority_orders',
      'notifications',
      'consent_ledger',
      'audit_events',
    ];
    const before = await Promise.all(tables.map((table) => count(`SELECT count(*) AS n FROM ${table}`)));
    expect(await seed()).toBe(false);
    expect(await Promise.all(tables.map((table) => count(`SELECT count(*) AS n FROM ${table}`)))).toEqual(before);
  });
});
