import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OutboxDispatcher } from '../src/jobs/outbox-dispatcher.service.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { capturedMail, certificateLink } from './support/captured-mail.js';
import { bearer } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { eventually, ownerToken, PASSWORD } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The person erased cannot sign in after the first pass, so the certificate e-mail carries a link
 * (`#/erasure-certificate/<request>/<token>`, the token an HMAC of the request id) to the public
 * `GET /api/public/erasure-certificates/:id/:token`, where they read the certificate and, once it
 * has run, the scan of the whole database.
 */
describe('The erasure certificate link', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
    owner = await ownerToken(t);
  });
  afterAll(() => t.close());

  /** A citizen (reading `language`) erased to the end; the certificate e-mail and its link, as they reached them. */
  async function erasedPerson(language: 'sv' | 'en' = 'sv'): Promise<{ requestId: string; token: string; personToken: string; mail: string }> {
    const person = await newCitizen(t);
    if (language === 'en') expect((await t.http.patch('/api/me').set(bearer(person.token)).send({ language })).status).toBe(200);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: PASSWORD });
    expect(filed.status).toBe(201);
    const requestId = filed.body.id as string;
    await t.app.get(ErasureService).run(requestId);
    await eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress FROM privacy_requests WHERE id = $1`, [requestId]);
      return row.status === 'completed' && row.progress.check ? row : null;
    });
    const [progress] = await t.db.query(`SELECT progress ->> 'certificateEmailId' AS id FROM privacy_requests WHERE id = $1`, [requestId]);
    await t.app.get(OutboxDispatcher).dispatchPending();
    const mail = await capturedMail(t.config.mailCaptureDir!, progress.id);
    const link = certificateLink(mail);
    expect(link.requestId).toBe(requestId);
    return { requestId, token: link.token, personToken: person.token, mail };
  }

  const open = (requestId: string, token: string) => t.http.get(`/api/public/erasure-certificates/${requestId}/${token}`);

  it('shows the erased person their certificate through the e-mailed link, with the scan of the whole database once it has run', async () => {
    const { requestId, token, personToken } = await erasedPerson();
    // The account is gone: no session, and no sign-in, reaches the certificate any more.
    expect((await t.http.get('/api/me').set(bearer(personToken))).status).toBe(401);

    const answer = await open(requestId, token);
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    const ownersView = await t.http.get(`/api/privacy-requests/${requestId}/certificate`).set(bearer(owner));
    expect(answer.body).toEqual(ownersView.body);
    expect(answer.body).toMatchObject({ requestId, sha256: expect.stringMatching(/^[0-9a-f]{64}$/), check: { clean: true, hits: 0 } });
    expect(answer.body.text).toContain(`Erasure certificate for request ${requestId}`);
    expect(Date.parse(answer.body.issuedAt)).not.toBeNaN();

    // Before the final pass has scanned the database, the same link says so (check: null).
    await t.ownerDb.query(`UPDATE privacy_requests SET progress = progress - 'check' WHERE id = $1`, [requestId]);
    const before = await open(requestId, token);
    expect(before.status).toBe(200);
    expect(before.body.check).toBeNull();
    await t.ownerDb.query(`UPDATE privacy_requests SET progress = jsonb_set(progress, '{check}', $2::jsonb) WHERE id = $1`, [requestId, JSON.stringify(ownersView.body.check)]);
  });

  it('writes the e-mail and its link in the language the person chose', async () => {
    const swedish = await erasedPerson('sv');
    expect(swedish.mail).toContain('Läs det på webben, med resultatet av vår genomsökning av hela databasen');
    const english = await erasedPerson('en');
    expect(english.mail).toContain('Read it online, with the result of our scan of the whole database');
    expect((await open(english.requestId, english.token)).status).toBe(200);
  });

  it('answers a wrong token, another request’s token and an unknown request with the same 404', async () => {
    const first = await erasedPerson();
    const second = await erasedPerson();
    expect((await open(first.requestId, first.token)).status).toBe(200);

    const refusals = [
      await open(first.requestId, second.token),
      await open(second.requestId, first.token),
      await open(first.requestId, `${first.token.slice(0, -1)}${first.token.endsWith('A') ? 'B' : 'A'}`),
      await open(first.requestId, 'x'),
      // A token of the right shape, made under another key, and a request that does not exist.
      await open(first.requestId, createHmac('sha256', 'another key').update(first.requestId).digest('base64url')),
      await open(randomUUID(), first.token),
      await open('not-a-request', first.token),
    ];
    for (const refused of refusals) {
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(refusals[0].body);
    }
    expect(refusals[0].body.message).toMatch(/certificate/);
    expect(JSON.stringify(refusals[0].body)).not.toContain(first.requestId);
  });
});

describe('The erasure certificate link’s rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_CHECK_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('counts the certificate link with the public checks: after the limit, 429 with Retry-After, even for a token never tried', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await t.http.get(`/api/public/erasure-certificates/${randomUUID()}/guess${attempt}`)).status).toBe(404);
    }
    const limited = await t.http.get(`/api/public/erasure-certificates/${randomUUID()}/another-guess`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await t.http.get('/api/public/terms')).status).toBe(429);
  });
});
