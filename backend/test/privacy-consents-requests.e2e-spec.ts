import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { requestDueAt } from '../src/privacy/request-deadlines.js';
import { bearer } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { ownerToken } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('GDPR consents and the deadlines of requests', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await ownerToken(t);
  });
  afterAll(() => t.close());

  const stateOf = async (token: string, purpose: string) => {
    const mine = await t.http.get('/api/me/consents').set(bearer(token));
    const history = (mine.body.history as { purpose: string; decision: string; version: number; sha256: string }[]).filter((entry) => entry.purpose === purpose);
    return { state: mine.body.purposes.find((p: { purpose: string }) => p.purpose === purpose), history };
  };

  it('seeds the purposes with their legal basis: the terms accepted at sign-up, every consent not yet asked', async () => {
    const person = await newCitizen(t);
    const mine = await t.http.get('/api/me/consents').set(bearer(person.token));
    expect(mine.status).toBe(200);
    expect(mine.body.purposes.map((p: { purpose: string; legalBasis: string; state: string }) => [p.purpose, p.legalBasis, p.state])).toEqual([
      ['terms', 'contract', 'granted'],
      ['email_news', 'consent', 'not_asked'],
      ['location_alerts', 'consent', 'not_asked'],
      ['profile_visible_to_group_members', 'consent', 'not_asked'],
      ['research_surveys', 'consent', 'not_asked'],
    ]);
    expect(mine.body.purposes[2].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('grants and withdraws in one call each, keeping every answer in the ledger with the text’s hash', async () => {
    const person = await newCitizen(t);
    const granted = await t.http.post('/api/me/consents/email_news').set(bearer(person.token)).send({ decision: 'granted', version: 1 });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ state: 'granted', consented: true });
    const withdrawn = await t.http.post('/api/me/consents/email_news').set(bearer(person.token)).send({ decision: 'withdrawn', version: 1 });
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', consented: false });
    const { history } = await stateOf(person.token, 'email_news');
    expect(history.map((entry) => entry.decision)).toEqual(['granted', 'withdrawn']);
    expect(history[0].sha256).toBe(granted.body.sha256);
    await expect(t.db.query(`UPDATE consent_ledger SET decision = 'granted' WHERE user_id = $1`, [person.id])).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM consent_ledger WHERE user_id = $1`, [person.id])).rejects.toThrow(/append-only/);
  });

  it('refuses withdrawing the terms and answers to a text that is not in force', async () => {
    const person = await newCitizen(t);
    const terms = await t.http.post('/api/me/consents/terms').set(bearer(person.token)).send({ decision: 'withdrawn', version: 1 });
    expect(terms.status).toBe(409);
    expect(terms.body.code).toBe('purpose_required');
    const stale = await t.http.post('/api/me/consents/research_surveys').set(bearer(person.token)).send({ decision: 'granted', version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/^version must be 1/);
    const unknown = await t.http.post('/api/me/consents/horoscopes').set(bearer(person.token)).send({ decision: 'granted', version: 1 });
    expect(unknown.status).toBe(404);
  });

  it('asks again after a material new version, and counts the purpose as not consented until then; a minor one does not', async () => {
    const person = await newCitizen(t);
    await t.http.post('/api/me/consents/profile_visible_to_group_members').set(bearer(person.token)).send({ decision: 'granted', version: 1 });
    const purposes = await t.http.get('/api/consent-purposes').set(bearer(owner));
    const purpose = purposes.body.find((p: { key: string }) => p.key === 'profile_visible_to_group_members');

    const minor = await t.http.post(`/api/consent-purposes/${purpose.id}/versions`).set(bearer(owner)).send({
      textSv: 'Andra medlemmar i mina grupper får se min profil (namn och hemkommun).',
      textEn: 'Other members of my groups may see my profile (name, home municipality).',
      material: false,
      reason: 'Punctuation',
    });
    expect(minor.status).toBe(201);
    expect((await stateOf(person.token, 'profile_visible_to_group_members')).state).toMatchObject({ state: 'granted', consented: true, version: 2 });

    const material = await t.http
      .post(`/api/consent-purposes/${purpose.id}/versions`)
      .set(bearer(owner))
      .send({ textSv: 'Andra medlemmar får se min profil och min telefon.', textEn: 'Other members may see my profile and my phone.', material: true, reason: 'Phone number added' });
    expect(material.body).toMatchObject({ currentVersion: 3, requiredVersion: 3 });
    const after = await stateOf(person.token, 'profile_visible_to_group_members');
    expect(after.state).toMatchObject({ state: 'outdated', consented: false, version: 3 });

    const again = await t.http.post('/api/me/consents/profile_visible_to_group_members').set(bearer(person.token)).send({ decision: 'granted', version: 3 });
    expect(again.body).toMatchObject({ state: 'granted', consented: true });
    const ledger = (await stateOf(person.token, 'profile_visible_to_group_members')).history;
    expect(ledger.map((entry) => entry.version)).toEqual([1, 3]);
    expect(ledger[0].sha256).not.toBe(ledger[1].sha256);
  });

  it('records a consent typed in by staff with the staff member named, and audits it', async () => {
    const person = await newCitizen(t);
    const recorded = await t.http
      .post('/api/consents-on-behalf/research_surveys')
      .set(bearer(owner))
      .send({ userId: person.id, decision: 'granted', version: 1, reason: 'Signed paper form at the library' });
    expect(recorded.status).toBe(201);
    const [row] = await t.db.query(`SELECT l.channel, l.staff_id FROM consent_ledger l JOIN consent_purposes p ON p.id = l.purpose_id WHERE l.user_id = $1 AND p.key = 'research_surveys'`, [
      person.id,
    ]);
    expect(row.channel).toBe('console_on_behalf');
    expect(row.staff_id).not.toBeNull();
    expect((await t.http.post('/api/consents-on-behalf/research_surveys').set(bearer(person.token)).send({ userId: person.id, decision: 'granted', version: 1, reason: 'Myself' })).status).toBe(403);
  });

  it('gives a request one month, lets staff extend it once by at most two months within that month, and tells the person', async () => {
    const person = await newCitizen(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'rectification', details: 'My home municipality is wrong' });
    expect(filed.status).toBe(201);
    const received = new Date(filed.body.receivedAt);
    const due = new Date(filed.body.dueAt);
    expect(due.getUTCMonth()).toBe((received.getUTCMonth() + 1) % 12);
    expect(filed.body).toMatchObject({ status: 'received', overdue: false, extendedDueAt: null });

    const tooLong = await t.http.post(`/api/privacy-requests/${filed.body.id}/extend`).set(bearer(owner)).send({ months: 3, reason: 'Many records to check' });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toEqual(['months must be 1 or 2']);
    const extended = await t.http.post(`/api/privacy-requests/${filed.body.id}/extend`).set(bearer(owner)).send({ months: 2, reason: 'Records in three municipalities must be checked' });
    expect(extended.status).toBe(201);
    const newDue = new Date(extended.body.extendedDueAt);
    expect((newDue.getUTCFullYear() - due.getUTCFullYear()) * 12 + newDue.getUTCMonth() - due.getUTCMonth()).toBe(2);
    expect(extended.body.effectiveDueAt).toBe(extended.body.extendedDueAt);
    const twice = await t.http.post(`/api/privacy-requests/${filed.body.id}/extend`).set(bearer(owner)).send({ months: 1, reason: 'Even more records' });
    expect(twice.status).toBe(409);
    const [told] = await t.db.query(`SELECT subject FROM email_messages WHERE recipient = $1 AND template = 'privacy-request-extended'`, [person.email]);
    expect(told.subject).toBe('Vi behöver mer tid för din begäran');
  });

  it('refuses an extension once the first month is over, and puts overdue requests at the top of the queue', async () => {
    const person = await newCitizen(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'restriction' });
    // Received 40 days ago. A request's receipt cannot change (a trigger guards it against the
    // app role): the owner backdates it with triggers off, as only a superuser can.
    const receivedAt = new Date(Date.now() - 40 * 86_400_000);
    await t.ownerDb.transaction(async (owner) => {
      await owner.query(`SET LOCAL session_replication_role = replica`);
      await owner.query(`UPDATE privacy_requests SET received_at = $2, due_at = $3 WHERE id = $1`, [filed.body.id, receivedAt, requestDueAt(receivedAt)]);
    });
    const late = await t.http.post(`/api/privacy-requests/${filed.body.id}/extend`).set(bearer(owner)).send({ months: 1, reason: 'We forgot about it' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('extension_not_allowed');
    const queue = await t.http
      .get('/api/privacy-requests')
      .query({ filter: JSON.stringify({ open: true }) })
      .set(bearer(owner));
    expect(queue.body[0]).toMatchObject({ id: filed.body.id, overdue: true });
    expect(queue.headers['content-range']).toMatch(/^privacy-requests 0-/);
    expect((await t.http.get('/api/privacy-requests').set(bearer(person.token))).status).toBe(403);
    const closed = await t.http.post(`/api/privacy-requests/${filed.body.id}/close`).set(bearer(owner)).send({ status: 'completed', note: 'Your posts are hidden from statistics' });
    expect(closed.body).toMatchObject({ status: 'completed', overdue: false });
  });

  it('lets staff file a request by letter only when they say how the identity was checked', async () => {
    const person = await newCitizen(t);
    const unchecked = await t.http.post('/api/privacy-requests').set(bearer(owner)).send({ subjectId: person.id, type: 'access' });
    expect(unchecked.status).toBe(400);
    expect(unchecked.body.message).toEqual(['identityCheck must be text of 10 to 1000 characters']);
    const filed = await t.http
      .post('/api/privacy-requests')
      .set(bearer(owner))
      .send({ subjectId: person.id, type: 'rectification', identityCheck: 'Letter with a copy of a passport, address matches' });
    expect(filed.status).toBe(201);
    expect(filed.body.filedBy).not.toBeNull();
    const mine = await t.http.get('/api/me/privacy-requests').set(bearer(person.token));
    expect(mine.body.map((r: { id: string }) => r.id)).toEqual([filed.body.id]);
  });

  it('generates the record of processing from the purposes, the contexts and the retention schedule', async () => {
    const record = await t.http.get('/api/privacy/record-of-processing').set(bearer(owner));
    expect(record.status).toBe(200);
    expect(record.body.purposes.map((p: { key: string }) => p.key)).toContain('location_alerts');
    expect(record.body.processing.map((p: { context: string }) => p.context)).toEqual([
      'content',
      'groups',
      'moderation',
      'organisations',
      'notify',
      'storage',
      'jobs',
      'authority-orders',
      'privacy',
      'audit',
      'identity',
    ]);
    expect(record.body.retentionSchedule.map((r: { kind: string }) => r.kind)).toContain('removed_content');
    const markdown = await t.http.get('/api/privacy/record-of-processing').query({ format: 'markdown' }).set(bearer(owner));
    expect(markdown.body.markdown).toMatch(/## Retention schedule/);
  });
});
