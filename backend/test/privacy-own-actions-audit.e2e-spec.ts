import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { AppConfig } from '../src/platform/config/app-config.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { pseudonymFor } from '../src/privacy/pseudonym.js';
import { bearer } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { eventually, ownerToken, PASSWORD, richPerson } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Event {
  action: string;
  actorId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** Art. 5(2): what a person does about their own data is logged, and shows in the request's history. */
describe('Audit of a person’s own privacy actions', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await ownerToken(t);
  });
  afterAll(() => t.close());

  /** The events the console's request page (and a user's page) lists: GET /audit-events filtered by subject. */
  const historyOf = async (subjectId: string): Promise<Event[]> => {
    const page = await t.http
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ subjectId }), sort: '["id","ASC"]' })
      .set(bearer(owner));
    expect(page.status).toBe(200);
    return page.body as Event[];
  };

  it('audits giving and withdrawing a consent, with the person as actor and the answers before and after', async () => {
    const person = await newCitizen(t);
    await t.http.post('/api/me/consents/email_news').set(bearer(person.token)).send({ decision: 'granted', version: 1 }).expect(201);
    await t.http.post('/api/me/consents/email_news').set(bearer(person.token)).send({ decision: 'withdrawn', version: 1 }).expect(201);
    const decided = (await historyOf(person.id)).filter((event) => event.action === AuditAction.ConsentDecided);
    expect(decided).toEqual([
      expect.objectContaining({ actorId: person.id, subjectType: 'User', changes: { email_news: { before: null, after: 'granted v1' } } }),
      expect.objectContaining({ actorId: person.id, subjectType: 'User', changes: { email_news: { before: 'granted v1', after: 'withdrawn v1' } } }),
    ]);
    // A refused answer (terms cannot be withdrawn) changes nothing and logs nothing.
    await t.http.post('/api/me/consents/terms').set(bearer(person.token)).send({ decision: 'withdrawn', version: 1 }).expect(409);
    expect((await historyOf(person.id)).filter((event) => event.action === AuditAction.ConsentDecided)).toHaveLength(2);
  });

  it('shows asking for an export, its making and each download in the request’s history', async () => {
    const person = await newCitizen(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'access' });
    expect(filed.status).toBe(201);
    await eventually(async () => {
      const mine = await t.http.get('/api/me/privacy-requests').set(bearer(person.token));
      return mine.body.find((r: { id: string; resultReady: boolean }) => r.id === filed.body.id && r.resultReady);
    });
    // Someone else's download attempt fails and logs nothing under the request.
    const other = await newCitizen(t);
    expect((await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(other.token))).status).toBe(404);
    expect((await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(person.token))).status).toBe(200);
    expect((await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(person.token))).status).toBe(200);

    const history = await historyOf(filed.body.id);
    expect(history.map((event) => [event.action, event.actorId])).toEqual([
      [AuditAction.PrivacyRequestFiled, person.id],
      [AuditAction.PrivacyExportMade, null],
      [AuditAction.PrivacyExportDownloaded, person.id],
      [AuditAction.PrivacyExportDownloaded, person.id],
    ]);
    expect(history[0]).toMatchObject({ subjectType: 'PrivacyRequest', changes: { type: { before: null, after: 'access' } } });
  });

  it('audits asking for and cancelling an erasure under the request', async () => {
    const person = await richPerson(t);
    const wrong = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: 'not my password at all' });
    expect(wrong.status).toBe(403);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: PASSWORD });
    expect(filed.status).toBe(201);
    const cancelled = await t.http.post(`/api/me/privacy-requests/${filed.body.id}/cancel`).set(bearer(person.token));
    expect(cancelled.status).toBe(201);
    const history = await historyOf(filed.body.id);
    expect(history.map((event) => [event.action, event.actorId])).toEqual([
      [AuditAction.PrivacyRequestFiled, person.id],
      [AuditAction.PrivacyRequestCancelled, person.id],
    ]);
    expect(history[1].changes).toEqual({ status: { before: 'scheduled', after: 'cancelled' } });
    // A second cancel is refused and not logged again.
    expect((await t.http.post(`/api/me/privacy-requests/${filed.body.id}/cancel`).set(bearer(person.token))).status).toBe(409);
    expect(await historyOf(filed.body.id)).toHaveLength(2);
  });

  it('keeps the erasure request’s history after the erasure, naming the person only by their pseudonym', async () => {
    const person = await richPerson(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: PASSWORD });
    expect(filed.status).toBe(201);
    // The grace period is over (a week in this app): the job runs it like any due erasure.
    await t.db.query(`UPDATE privacy_requests SET erase_after = now() - interval '1 second' WHERE id = $1`, [filed.body.id]);
    await t.app.get(ErasureService).runDue();
    const done = await eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress FROM privacy_requests WHERE id = $1`, [filed.body.id]);
      return row.status === 'completed' && row.progress.check ? row : null;
    }, 40_000);
    expect(done.progress.check.clean).toBe(true);
    const pseudonym = pseudonymFor(t.app.get(AppConfig).privacy.pseudonymKey, person.id);
    const history = await historyOf(filed.body.id);
    expect(history[0]).toMatchObject({ action: AuditAction.PrivacyRequestFiled, actorId: pseudonym });
    expect(history.map((event) => event.action)).toContain(AuditAction.SubjectErased);
    expect(JSON.stringify(history)).not.toContain(person.id);
  });
});
