import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { DEMO_BADGE_CODES, DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const POLICE = DEMO_ORGANISATION_IDS.police;
const filter = (value: Record<string, unknown>) => ({ filter: JSON.stringify(value) });

describe('Tips to an organisation: its members answer and close them', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    officer = (await t.signIn(demo.officerSigtuna.email)).accessToken;
  });
  afterAll(() => t.close());

  /** A fresh citizen sends a tip to the demo police; answers the sender and the tip. */
  async function tipFromNewCitizen(text: string, name = 'Tina Tipsare'): Promise<{ sender: { id: string; token: string }; tip: { id: string } }> {
    const sender = await newCitizen(t, name);
    const sent = await t.http.post(`/api/organisations/${POLICE}/messages`).set(bearer(sender.token)).send({ text });
    expect(sent.status).toBe(201);
    return { sender, tip: sent.body };
  }

  it('lets a member answer a tip once; the sender reads the answer from the organisation and is notified in Swedish', async () => {
    const { sender, tip } = await tipFromNewCitizen('Någon har brutit upp cykelförrådet på Ekillagatan 4.');
    const answered = await t.http.post(`/api/organisation-messages/${tip.id}/answer`).set(bearer(officer)).send({ text: '  Tack! Vi skickar en patrull i kväll.  ' });
    expect(answered.status).toBe(201);
    expect(answered.body).toMatchObject({
      id: tip.id,
      answer: 'Tack! Vi skickar en patrull i kväll.',
      answeredByName: demo.officerSigtuna.displayName,
      state: 'open',
      organisationName: 'Polisen lokalpolisområde Märsta',
    });
    // Answering is reading: the tip leaves the unread filter.
    expect(answered.body.readAt).not.toBeNull();

    const mine = await t.http.get('/api/my-organisation-messages').set(bearer(sender.token));
    expect(mine.body).toEqual([expect.objectContaining({ id: tip.id, answer: 'Tack! Vi skickar en patrull i kväll.', organisationName: 'Polisen lokalpolisområde Märsta', answeredByName: null })]);
    expect(mine.body[0].answeredAt).toEqual(answered.body.answeredAt);

    const notifications = await t.http.get('/api/me/notifications').set(bearer(sender.token));
    const notice = notifications.body.find((n: { kind: string }) => n.kind === 'organisation_message.answered');
    expect(notice.payload).toMatchObject({
      messageId: tip.id,
      organisationId: POLICE,
      statement: 'Polisen lokalpolisområde Märsta har svarat på ditt tips.',
      tip: 'Någon har brutit upp cykelförrådet på Ekillagatan 4.',
      answer: 'Tack! Vi skickar en patrull i kväll.',
    });
    expect(JSON.stringify(notice.payload)).not.toContain(demo.officerSigtuna.displayName);

    const again = await t.http.post(`/api/organisation-messages/${tip.id}/answer`).set(bearer(officer)).send({ text: 'Ett andra svar' });
    expect(again.status).toBe(409);
    expect((await t.http.get(`/api/organisation-messages/${tip.id}`).set(bearer(officer))).body.answer).toBe('Tack! Vi skickar en patrull i kväll.');
  });

  it('writes the notification in the sender’s own language', async () => {
    const { sender, tip } = await tipFromNewCitizen('Someone is selling fireworks to kids behind the school.', 'Tom Tipster');
    expect((await t.http.patch('/api/me').set(bearer(sender.token)).send({ language: 'en' })).status).toBe(200);
    await t.http.post(`/api/organisation-messages/${tip.id}/answer`).set(bearer(officer)).send({ text: 'Thank you, we are on it.' });
    const notifications = await t.http.get('/api/me/notifications').set(bearer(sender.token));
    expect(notifications.body.find((n: { kind: string }) => n.kind === 'organisation_message.answered').payload.statement).toBe('Polisen lokalpolisområde Märsta has answered your tip.');
  });

  it('lets a member close a tip and reopen it, filters the inbox by state and unread, and refuses an answer while closed', async () => {
    const { sender, tip } = await tipFromNewCitizen('Gatlyktan vid tunneln under järnvägen är trasig igen.');
    const inState = async (state: string) => (await t.http.get('/api/organisation-messages').query(filter({ state })).set(bearer(officer))).body.map((m: { id: string }) => m.id);
    expect(await inState('open')).toContain(tip.id);
    const unreadIds = async () =>
      (
        await t.http
          .get('/api/organisation-messages')
          .query(filter({ unread: true, organisationId: POLICE }))
          .set(bearer(officer))
      ).body.map((m: { id: string }) => m.id);
    expect(await unreadIds()).toContain(tip.id);
    const read = await t.http.post(`/api/organisation-messages/${tip.id}/read`).set(bearer(officer));
    expect(read.status).toBe(201);
    expect(read.body.readAt).not.toBeNull();
    expect(await unreadIds()).not.toContain(tip.id);

    const closed = await t.http.post(`/api/organisation-messages/${tip.id}/close`).set(bearer(officer));
    expect(closed.status).toBe(201);
    expect(closed.body).toMatchObject({ state: 'closed', closedByName: demo.officerSigtuna.displayName });
    expect(closed.body.closedAt).not.toBeNull();
    expect(await inState('open')).not.toContain(tip.id);
    expect(await inState('closed')).toContain(tip.id);
    // The per-organisation inbox filters the same way.
    const policeClosed = await t.http
      .get(`/api/organisations/${POLICE}/messages`)
      .query(filter({ state: 'closed' }))
      .set(bearer(officer));
    expect(policeClosed.body.map((m: { id: string }) => m.id)).toContain(tip.id);

    expect((await t.http.post(`/api/organisation-messages/${tip.id}/close`).set(bearer(officer))).status).toBe(409);
    const refused = await t.http.post(`/api/organisation-messages/${tip.id}/answer`).set(bearer(officer)).send({ text: 'Åtgärdat.' });
    expect(refused.status).toBe(409);

    // The sender sees it closed, but not by whom.
    const mine = (await t.http.get('/api/my-organisation-messages').set(bearer(sender.token))).body[0];
    expect(mine).toMatchObject({ id: tip.id, state: 'closed', closedByName: null, answer: null });

    const reopened = await t.http.post(`/api/organisation-messages/${tip.id}/reopen`).set(bearer(officer));
    expect(reopened.body).toMatchObject({ state: 'open', closedAt: null, closedByName: null });
    expect((await t.http.post(`/api/organisation-messages/${tip.id}/reopen`).set(bearer(officer))).status).toBe(409);
    expect(await inState('open')).toContain(tip.id);
  });

  it('audits answering, closing and reopening under the organisation, without the tip’s or the answer’s text', async () => {
    const { tip } = await tipFromNewCitizen('Bilinbrott på pendelparkeringen i Märsta varje natt.');
    await t.http.post(`/api/organisation-messages/${tip.id}/answer`).set(bearer(officer)).send({ text: 'Vi har fått flera tips och bevakar platsen.' });
    await t.http.post(`/api/organisation-messages/${tip.id}/close`).set(bearer(officer));
    await t.http.post(`/api/organisation-messages/${tip.id}/reopen`).set(bearer(officer));
    const events: { action: string; actor_id: string; subject_type: string; municipality_id: string; context_ids: string[]; changes: unknown }[] = await t.db.query(
      `SELECT action, actor_id, subject_type, municipality_id, context_ids, changes FROM audit_events WHERE subject_id = $1 ORDER BY id`,
      [tip.id],
    );
    expect(events.map((event) => event.action)).toEqual(['organisation.tip_answered', 'organisation.tip_closed', 'organisation.tip_reopened']);
    for (const event of events) {
      expect(event).toMatchObject({ actor_id: demo.officerSigtuna.id, subject_type: 'OrganisationMessage', municipality_id: SEEDED_MUNICIPALITY_IDS.sigtuna, context_ids: [POLICE] });
      expect(JSON.stringify(event.changes)).not.toMatch(/Bilinbrott|bevakar/);
    }
    expect(events[1].changes).toEqual({ state: { before: 'open', after: 'closed' } });
  });

  it('shows nobody outside the organisation a tip, platform staff included: 404, and an empty inbox', async () => {
    const { sender, tip } = await tipFromNewCitizen('Misstänkt narkotikaförsäljning vid stationen.');
    const outsider = await newCitizen(t, 'Utomstående');
    const staff = await Promise.all([demo.owner, demo.moderator, demo.coordinatorSigtuna].map(async (person) => (await t.signIn(person.email)).accessToken));
    for (const token of [outsider.token, sender.token, ...staff]) {
      expect((await t.http.get(`/api/organisation-messages/${tip.id}`).set(bearer(token))).status).toBe(404);
      expect((await t.http.post(`/api/organisation-messages/${tip.id}/answer`).set(bearer(token)).send({ text: 'Inte min sak' })).status).toBe(404);
      expect((await t.http.post(`/api/organisation-messages/${tip.id}/close`).set(bearer(token))).status).toBe(404);
      expect((await t.http.post(`/api/organisation-messages/${tip.id}/reopen`).set(bearer(token))).status).toBe(404);
      expect((await t.http.post(`/api/organisation-messages/${tip.id}/read`).set(bearer(token))).status).toBe(404);
      expect((await t.http.get(`/api/organisations/${POLICE}/messages`).set(bearer(token))).status).toBe(404);
      const list = await t.http.get('/api/organisation-messages').set(bearer(token));
      expect(list.status).toBe(200);
      expect(list.body).toEqual([]);
    }
    const untouched = (await t.http.get(`/api/organisation-messages/${tip.id}`).set(bearer(officer))).body;
    expect(untouched).toMatchObject({ state: 'open', answer: null, readAt: null });
  });

  it('refuses a blank, missing or too long answer with a 400 naming the field, and changes nothing', async () => {
    const { tip } = await tipFromNewCitizen('Hastigheten på Centralvägen är för hög vid förskolan.');
    for (const body of [{ text: '   ' }, {}, { text: 'x'.repeat(4001) }, { text: 42 }]) {
      const refused = await t.http.post(`/api/organisation-messages/${tip.id}/answer`).set(bearer(officer)).send(body);
      expect(refused.status).toBe(400);
      expect(([] as string[]).concat(refused.body.message).join(' ')).toMatch(/^text must be text of 1 to 4000 characters/);
    }
    const badFilter = await t.http
      .get('/api/organisation-messages')
      .query(filter({ state: 'pending' }))
      .set(bearer(officer));
    expect(badFilter.status).toBe(400);
    expect(([] as string[]).concat(badFilter.body.message).join(' ')).toMatch(/state must be one of: open, closed/);
    const untouched = (await t.http.get(`/api/organisation-messages/${tip.id}`).set(bearer(officer))).body;
    expect(untouched).toMatchObject({ answer: null, answeredAt: null, state: 'open' });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE subject_id = $1`, [tip.id]))[0].n).toBe(0);
  });

  it('lists the inbox newest first and keeps a tip hidden by moderation out of it', async () => {
    const first = await tipFromNewCitizen('Första tipset i ordningen.');
    const second = await tipFromNewCitizen('Andra tipset i ordningen.');
    const ids = (await t.http.get('/api/organisation-messages').set(bearer(officer))).body.map((m: { id: string }) => m.id);
    expect(ids.indexOf(second.tip.id)).toBeLessThan(ids.indexOf(first.tip.id));
    await t.ownerDb.query(`UPDATE organisation_messages SET status = 'hidden' WHERE id = $1`, [first.tip.id]);
    expect((await t.http.get('/api/organisation-messages').set(bearer(officer))).body.map((m: { id: string }) => m.id)).not.toContain(first.tip.id);
    expect((await t.http.post(`/api/organisation-messages/${first.tip.id}/answer`).set(bearer(officer)).send({ text: 'Svar' })).status).toBe(404);
  });

  it('tells a member of a verified organisation, in /api/me, its badge and their own emblem', async () => {
    const me = await t.http.get('/api/me').set(bearer(officer));
    expect(me.body.organisations).toEqual([
      expect.objectContaining({
        id: POLICE,
        name: 'Polisen lokalpolisområde Märsta',
        title: 'Kommunpolis',
        verified: true,
        badge: { code: DEMO_BADGE_CODES.police, validUntil: expect.any(String) },
        emblem: { code: DEMO_BADGE_CODES.officer, status: 'active', valid: true, validUntil: expect.any(String) },
      }),
    ]);
    expect(Date.parse(me.body.organisations[0].emblem.validUntil)).toBeGreaterThan(Date.now());
    // A member of an organisation whose badge has expired carries an emblem that reads as expired, or none.
    const owner = await t.http.get('/api/me').set(bearer((await t.signIn(demo.residentStrangnas.email)).accessToken));
    const expired = owner.body.organisations.find((o: { id: string }) => o.id === DEMO_ORGANISATION_IDS.propertyOwner);
    expect(expired).toMatchObject({ verified: false, badge: null });
    if (expired.emblem) expect(expired.emblem).toMatchObject({ valid: false, validUntil: null });
  });
});
