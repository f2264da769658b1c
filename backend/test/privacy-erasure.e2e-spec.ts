import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ModerationPersonalData } from '../src/moderation/moderation.personal-data.js';
import { ErasureCheckService } from '../src/privacy/erasure-check.service.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { verifyAuditChain } from '../src/audit/audit-chain.js';
import { RetentionService } from '../src/privacy/retention.service.js';
import { bearer } from './support/demo.js';
import { MARSTA, newCitizen } from './support/factories.js';
import { eventually, ownerToken, PASSWORD, PNG, richPerson, type RichPerson } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { readZip } from './support/zip-reader.js';

describe('GDPR export, erasure, legal holds and retention', () => {
  let t: TestApp;
  let owner: string;
  let erasure: ErasureService;
  let checker: ErasureCheckService;
  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
    owner = await ownerToken(t);
    erasure = t.app.get(ErasureService);
    checker = t.app.get(ErasureCheckService);
  });
  afterAll(() => t.close());

  const binary = (response: { on: (event: string, listener: (chunk?: Buffer) => void) => void }, callback: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk) => chunks.push(chunk as Buffer));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  };

  const requestErasure = async (person: RichPerson) => {
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: PASSWORD });
    expect(filed.status).toBe(201);
    return filed.body.id as string;
  };

  const waitForErasure = (requestId: string) =>
    eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress FROM privacy_requests WHERE id = $1`, [requestId]);
      return row.status === 'completed' && row.progress.check ? row : null;
    });

  it('exports everything about a person as a ZIP of JSON, CSV, their image and a README, without who reported them', async () => {
    const person = await richPerson(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'access' });
    expect(filed.status).toBe(201);
    const ready = await eventually(async () => {
      const mine = await t.http.get('/api/me/privacy-requests').set(bearer(person.token));
      return mine.body.find((r: { id: string; resultReady: boolean }) => r.id === filed.body.id && r.resultReady);
    });
    expect(ready.progress).toMatchObject({ step: 'ready' });

    const other = await newCitizen(t);
    expect((await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(other.token))).status).toBe(404);
    const download = await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(person.token)).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.headers['content-disposition']).toMatch(/^attachment/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');

    const files = await readZip(download.body as Buffer);
    expect(files.get('README.md')!.toString()).toMatch(/Why we keep it, who sees it and for how long/);
    const data = JSON.parse(files.get('data.json')!.toString()).data;
    expect(data.identity.profile[0]).toMatchObject({ email: person.email, display_name: person.name });
    expect(data.identity.sign_in_history.length).toBeGreaterThan(0);
    expect(Object.keys(data.identity.sign_in_history[0]).sort()).toEqual(['expires_at', 'revoked_at', 'signed_in_at']);
    expect(data.content.posts.map((p: { id: string }) => p.id).sort()).toEqual([person.postId, person.imagePostId].sort());
    expect(data.content.group_messages[0].text).toBe('Vi ses vid korsningen klockan sju');
    expect(data.groups.group_memberships[0].role).toBe('owner');
    expect(data.moderation.reports_you_made[0].rule).toBe('commercial');
    expect(data.moderation.cases_about_you[0].item_id).toBe(person.postId);
    expect(data.organisations.organisation_memberships[0].title).toBe('Volontär');
    expect(data.privacy.consents).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: 'terms', decision: 'granted' }), expect.objectContaining({ purpose: 'location_alerts', decision: 'granted' })]),
    );
    expect(data.notify.notifications.length).toBeGreaterThan(0);
    expect(files.get('content/posts.csv')!.toString()).toContain(person.postId);
    expect(files.get(`files/image-${person.imagePostId}.png`)!.equals(PNG)).toBe(true);
    const everything = [...files.values()].map((bytes) => bytes.toString('latin1')).join('\n');
    expect(everything).not.toContain(person.reporterId);
  });

  it('erases a person from every table: the whole-database check finds nothing, their group passes on, they cannot sign in', async () => {
    const person = await richPerson(t);
    const wrong = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: 'not my password at all' });
    expect(wrong.status).toBe(403);
    const before = await checker.check({ id: person.id, email: person.email, displayName: person.name });
    expect([...new Set(before.hits.map((hit) => hit.table))]).toEqual(
      expect.arrayContaining([
        'users',
        'posts',
        'group_messages',
        'group_members',
        'groups',
        'moderation_cases',
        'moderation_notices',
        'organisation_members',
        'stored_files',
        'notifications',
        'audit_events',
        'refresh_tokens',
      ]),
    );
    expect(before.hits.length).toBeGreaterThan(10);

    const requestId = await requestErasure(person);
    await erasure.run(requestId);
    await waitForErasure(requestId);
    const after = await checker.check({ id: person.id, email: person.email, displayName: person.name });
    expect(after.hits).toEqual([]);
    expect(after.allowed.map((hit) => `${hit.table}.${hit.column}`)).toEqual(expect.arrayContaining(['users.id', 'consent_ledger.user_id', 'privacy_requests.subject_id']));

    const [owner] = await t.db.query(`SELECT user_id FROM group_members WHERE group_id = $1 AND role = 'owner'`, [person.groupId]);
    expect(owner.user_id).toBe(person.adminId);
    const [placeholder] = await t.db.query(`SELECT author_id, text FROM group_messages WHERE id = $1`, [person.messageId]);
    expect(placeholder).toEqual({ author_id: null, text: '[raderat meddelande / deleted message]' });
    expect(await t.db.query(`SELECT 1 FROM posts WHERE id = ANY($1)`, [[person.postId, person.imagePostId]])).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM stored_files WHERE id = $1`, [person.imageFileId])).toEqual([]);
    expect((await t.http.post('/api/auth/login').send({ email: person.email, password: PASSWORD })).status).toBe(401);

    // The audit log was pseudonymised, visibly, and its hash chain still verifies.
    const [redacted] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE redacted_at IS NOT NULL`);
    expect(redacted.n).toBeGreaterThan(0);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });

    const [request] = await t.db.query(`SELECT r.status, r.progress, c.body, c.sha256 FROM privacy_requests r JOIN erasure_certificates c ON c.id = r.certificate_id WHERE r.id = $1`, [requestId]);
    expect(request.progress.check).toEqual({ clean: true, hits: 0, allowed: after.allowed.length });
    expect(request.body.erased.content.posts).toBe(2);
    expect(request.body.kept.map((k: { context: string }) => k.context)).toContain('moderation');
    expect(request.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps what a legal hold names, sealed and reported in the certificate, and erases the rest', async () => {
    const person = await richPerson(t);
    const hold = await t.http
      .post('/api/legal-holds')
      .set(bearer(owner))
      .send({
        subjectId: person.id,
        itemType: 'post',
        itemId: person.postId,
        reason: 'Police request in a theft investigation',
        reference: 'Polisen 5000-K123-26',
        endsAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      });
    expect(hold.status).toBe(201);
    const requestId = await requestErasure(person);
    await erasure.run(requestId);
    await waitForErasure(requestId);

    const [held] = await t.db.query(`SELECT author_id FROM posts WHERE id = $1`, [person.postId]);
    expect(held.author_id).toBe(person.id);
    expect(await t.db.query(`SELECT 1 FROM posts WHERE id = $1`, [person.imagePostId])).toEqual([]);
    const held2 = await t.app.get(ErasureService)['holds'].heldFor(t.db.manager, person.id);
    const after = await checker.check({ id: person.id, email: person.email, displayName: person.name }, held2);
    expect(after.hits).toEqual([]);
    expect(after.allowed.filter((hit) => hit.allowedBecause === 'under a legal hold').map((hit) => hit.table)).toEqual(expect.arrayContaining(['posts']));
    const [certificate] = await t.db.query(`SELECT body FROM erasure_certificates WHERE request_id = $1`, [requestId]);
    expect(certificate.body.legalHolds).toEqual([expect.objectContaining({ reference: 'Polisen 5000-K123-26', covers: 'post' })]);
  });

  it('resumes an erasure that crashed half-way to the same end state, and running it again changes nothing', async () => {
    const person = await richPerson(t);
    const requestId = await requestErasure(person);
    const moderation = t.app.get(ModerationPersonalData);
    const crash = jest.spyOn(moderation, 'eraseSubject').mockRejectedValueOnce(new Error('the process was killed'));
    await expect(erasure.run(requestId)).rejects.toThrow('the process was killed');
    crash.mockRestore();
    // Content went before the crash; the account is still there.
    expect(await t.db.query(`SELECT 1 FROM posts WHERE author_id = $1`, [person.id])).toEqual([]);
    const [{ status }] = await t.db.query(`SELECT status FROM privacy_requests WHERE id = $1`, [requestId]);
    expect(status).toBe('processing');

    await erasure.run(requestId);
    await erasure.run(requestId);
    await waitForErasure(requestId);
    expect(await erasure.finalise(requestId)).toBeNull();
    const after = await checker.check({ id: person.id, email: person.email, displayName: person.name });
    expect(after.hits).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM erasure_certificates WHERE request_id = $1`, [requestId])).toHaveLength(1);
  });

  it('lets the person cancel during the grace period, after which nothing is erased', async () => {
    const person = await richPerson(t);
    const requestId = await requestErasure(person);
    const cancelled = await t.http.post(`/api/me/privacy-requests/${requestId}/cancel`).set(bearer(person.token));
    expect(cancelled.body).toMatchObject({ status: 'cancelled' });
    await erasure.runDue();
    const [user] = await t.db.query(`SELECT status, email FROM users WHERE id = $1`, [person.id]);
    expect(user).toEqual({ status: 'active', email: person.email });
    expect((await t.http.post(`/api/me/privacy-requests/${requestId}/cancel`).set(bearer(person.token))).status).toBe(409);
  });

  it('deletes removed content past its retention period and nothing else', async () => {
    const author = await newCitizen(t);
    const post = (text: string) =>
      t.http
        .post('/api/posts')
        .set(bearer(author.token))
        .send({ text, priority: 'green', ...MARSTA })
        .then((r) => r.body.id as string);
    const [oldRemoved, recentRemoved, oldVisible, oldHeld] = [await post('Gammal borttagen'), await post('Ny borttagen'), await post('Gammal synlig'), await post('Gammal men spärrad')];
    await t.db.query(`UPDATE posts SET status = 'removed', status_changed_at = now() - interval '31 days' WHERE id = ANY($1)`, [[oldRemoved, oldHeld]]);
    await t.db.query(`UPDATE posts SET status = 'removed', status_changed_at = now() - interval '2 days' WHERE id = $1`, [recentRemoved]);
    await t.db.query(`UPDATE posts SET created_at = now() - interval '400 days' WHERE id = $1`, [oldVisible]);
    await t.http
      .post('/api/legal-holds')
      .set(bearer(owner))
      .send({ subjectId: author.id, itemType: 'post', itemId: oldHeld, reason: 'Evidence in a case', reference: 'Åklagare AM-1', endsAt: new Date(Date.now() + 86_400_000).toISOString() });

    const report = await t.app.get(RetentionService).apply();
    expect(report.removed_content).toBe(1);
    const left: { id: string }[] = await t.db.query(`SELECT id FROM posts WHERE author_id = $1`, [author.id]);
    expect(left.map((row) => row.id).sort()).toEqual([recentRemoved, oldVisible, oldHeld].sort());
    expect((await t.app.get(RetentionService).apply()).removed_content).toBe(0);
  });
});
