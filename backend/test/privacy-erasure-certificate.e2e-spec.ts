import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { capturedMail } from './support/captured-mail.js';
import { bearer } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { eventually, ownerToken, PASSWORD, richPerson } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('The erasure check and the erasure certificate', () => {
  let t: TestApp;
  let owner: string;
  let erasure: ErasureService;
  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
    owner = await ownerToken(t);
    erasure = t.app.get(ErasureService);
  });
  afterAll(() => t.close());

  /** A person with a post under a legal hold, erased to the end (the certificate sent, the account emptied). */
  async function erasedWithHold() {
    const person = await richPerson(t);
    const hold = await t.http
      .post('/api/legal-holds')
      .set(bearer(owner))
      .send({
        subjectId: person.id,
        itemType: 'post',
        itemId: person.postId,
        reason: 'Police request in a theft investigation',
        reference: 'Polisen 5000-K9-26',
        endsAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      });
    expect(hold.status).toBe(201);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: PASSWORD });
    expect(filed.status).toBe(201);
    const requestId = filed.body.id as string;
    await erasure.run(requestId);
    await eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress FROM privacy_requests WHERE id = $1`, [requestId]);
      return row.status === 'completed' && row.progress.check ? row : null;
    });
    return { person, requestId };
  }

  it('counts what a legal hold keeps as allowed when the owner checks an erasure, so a correct erasure is clean', async () => {
    const { person } = await erasedWithHold();
    const check = await t.http.post('/api/privacy/erasure-check').set(bearer(owner)).send({ userId: person.id, email: person.email, displayName: person.name });
    expect(check.status).toBe(201);
    expect(check.body.hits).toEqual([]);
    expect(check.body.clean).toBe(true);
    expect((check.body.allowed as { table: string; allowedBecause: string }[]).filter((hit) => hit.allowedBecause === 'under a legal hold').map((hit) => hit.table)).toContain('posts');
  });

  it('shows the owner the certificate, its text and the scan result; the person has the same text by e-mail, as they can no longer sign in', async () => {
    const { person, requestId } = await erasedWithHold();
    const certificate = await t.http.get(`/api/privacy-requests/${requestId}/certificate`).set(bearer(owner));
    expect(certificate.status).toBe(200);
    expect(certificate.body).toMatchObject({ requestId, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), check: { clean: true, hits: 0 } });
    expect(certificate.body.text).toContain(`Erasure certificate for request ${requestId}`);
    expect(certificate.body.text).toContain('Polisen 5000-K9-26');

    // The person erased cannot sign in any more: the certificate reached them by e-mail, word for word.
    expect((await t.http.get('/api/me').set(bearer(person.token))).status).toBe(401);
    const [progress] = await t.db.query(`SELECT progress ->> 'certificateEmailId' AS id FROM privacy_requests WHERE id = $1`, [requestId]);
    const mail = await capturedMail(t.config.mailCaptureDir!, progress.id);
    for (const line of (certificate.body.text as string).split('\n').filter((line) => line.length > 0 && line.length < 70)) expect(mail).toContain(line);

    const stranger = await newCitizen(t);
    expect((await t.http.get(`/api/privacy-requests/${requestId}/certificate`).set(bearer(stranger.token))).status).toBe(403);
  });

  it('answers 404 for a request that has no certificate (yet)', async () => {
    const person = await newCitizen(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'access' });
    expect(filed.status).toBe(201);
    const response = await t.http.get(`/api/privacy-requests/${filed.body.id}/certificate`).set(bearer(owner));
    expect(response.status).toBe(404);
    expect(response.body.message).toMatch(/certificate/);
  });
});
