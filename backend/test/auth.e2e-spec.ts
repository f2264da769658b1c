import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { bearer, demo } from './support/demo.js';
import { emailedToken } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { TEST_DEMO_PASSWORD } from './support/services.mjs';

describe('Sign-in, sessions and registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const auditRows = (action: string) => t.db.getRepository(AuditEvent).findBy({ action });

  it('signs staff in with e-mail, password and a TOTP code, and answers with tokens and the person with their rules', async () => {
    const password = await t.http.post('/api/auth/login').send({ email: 'Coordinator.Sigtuna@demo.samverka.se ', password: TEST_DEMO_PASSWORD });
    expect(password.status).toBe(200);
    expect(password.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    const response = await t.http.post('/api/auth/login/mfa').send({ mfaToken: password.body.mfaToken, code: await t.totpFor(demo.coordinatorSigtuna.email) });
    expect(response.status).toBe(200);
    expect(typeof response.body.accessToken).toBe('string');
    expect(response.body.refreshToken).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(response.body.user).toMatchObject({ email: demo.coordinatorSigtuna.email, roles: ['coordinator'], municipalities: [{ code: '0191', name: 'Sigtuna' }] });
    expect(response.body.user.rules).toContainEqual(['read', 'AuditEvent', { municipalityId: { $in: demo.coordinatorSigtuna.municipalityIds } }]);
  });

  it('writes an audit row for a sign-in, with the request id it answered with', async () => {
    const password = await t.http.post('/api/auth/login').send({ email: demo.moderator.email, password: TEST_DEMO_PASSWORD });
    const response = await t.http
      .post('/api/auth/login/mfa')
      .set('X-Request-Id', 'test-request-0001')
      .send({ mfaToken: password.body.mfaToken, code: await t.totpFor(demo.moderator.email) });
    expect(response.status).toBe(200);
    expect(response.headers['x-request-id']).toBe('test-request-0001');
    const rows = await auditRows(AuditAction.SignIn);
    expect(rows).toContainEqual(expect.objectContaining({ actorId: demo.moderator.id, subjectId: demo.moderator.id, requestId: 'test-request-0001' }));
  });

  it('gives the same answer for an unknown e-mail and a wrong password, and audits both', async () => {
    const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@example.se', password: 'whatever-password' });
    const wrong = await t.http.post('/api/auth/login').send({ email: demo.owner.email, password: 'not-the-password' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(unknown.body.message).toBe(wrong.body.message);
    const failures = await auditRows(AuditAction.SignInFailed);
    expect(failures.some((row) => row.subjectId === demo.owner.id && row.reason === 'wrong password')).toBe(true);
    expect(failures.some((row) => row.subjectId === null && row.reason === 'unknown e-mail')).toBe(true);
  });

  it('answers 400, not 500, to a broken JSON body', async () => {
    const response = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "owner@demo.samverka.se", ');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.message).toBe('The request body is not valid JSON');
  });

  it('names the missing, invalid and unknown fields in a 400', async () => {
    const response = await t.http.post('/api/auth/login').send({ email: 'not-an-email', isAdmin: true });
    expect(response.status).toBe(400);
    const message = (response.body.message as string[]).join(' | ');
    expect(message).toMatch(/email must be an e-mail address/);
    expect(message).toMatch(/password must be/);
    expect(message).toMatch(/property isAdmin should not exist/);
  });

  it('rotates refresh tokens, and a reused one ends the whole session family', async () => {
    const first = await t.signIn(demo.citizenSigtuna.email);
    const second = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);

    const reuse = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('refresh_token_reused');
    // The legitimate successor was revoked with its family.
    const successor = await t.http.post('/api/auth/refresh').send({ refreshToken: second.body.refreshToken });
    expect(successor.status).toBe(401);
    expect(await auditRows(AuditAction.RefreshTokenReuse)).toHaveLength(1);
  });

  it('ends the session at sign-out', async () => {
    const session = await t.signIn(demo.citizenSigtuna.email);
    expect((await t.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken })).status).toBe(204);
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
  });

  it('registers a citizen, who can read /api/me once the e-mail address is confirmed', async () => {
    const registered = await t.http
      .post('/api/auth/register')
      .send({ email: 'ny.invanare@example.se', password: 'a long enough password', displayName: 'Nils Ny', homeMunicipalityId: demo.citizenSigtuna.homeMunicipalityId, acceptedTermsVersion: 1 });
    expect(registered.status).toBe(202);
    expect((await t.http.post('/api/auth/confirm-email').send({ token: await emailedToken(t, 'ny.invanare@example.se', 'confirm-email') })).status).toBe(204);
    const response = await t.http.post('/api/auth/login').send({ email: 'ny.invanare@example.se', password: 'a long enough password' });
    expect(response.status).toBe(200);
    expect(response.body.user.roles).toEqual(['citizen']);
    const me = await t.http.get('/api/me').set(bearer(response.body.accessToken));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'ny.invanare@example.se', displayName: 'Nils Ny', groups: [], organisations: [] });
    // The terms accepted at sign-up are in the consent ledger, with the version shown.
    const consents = await t.http.get('/api/me/consents').set(bearer(response.body.accessToken));
    expect(JSON.stringify(consents.body)).toContain('terms');
    const [ledger] = await t.db.query(`SELECT l.version, l.decision FROM consent_ledger l JOIN consent_purposes p ON p.id = l.purpose_id WHERE l.user_id = $1 AND p.key = 'terms'`, [
      response.body.user.id,
    ]);
    expect(ledger).toEqual({ version: 1, decision: 'granted' });
  });

  it('refuses a registration that has not accepted the terms in force', async () => {
    const terms = await t.http.get('/api/public/terms');
    expect(terms.body).toMatchObject({ version: 1, textSv: expect.any(String) });
    const missing = await t.http.post('/api/auth/register').send({ email: 'utan.villkor@example.se', password: 'a long enough password', displayName: 'Utan Villkor' });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toEqual(['acceptedTermsVersion must be the version of the terms shown (GET /api/public/terms)']);
    const stale = await t.http.post('/api/auth/register').send({ email: 'gamla.villkor@example.se', password: 'a long enough password', displayName: 'Gamla Villkor', acceptedTermsVersion: 0 });
    expect(stale.status).toBeGreaterThanOrEqual(400);
    expect(stale.status).toBeLessThan(500);
    expect(await t.db.query(`SELECT 1 FROM users WHERE email IN ('utan.villkor@example.se', 'gamla.villkor@example.se')`)).toEqual([]);
  });

  it('refuses a short password at registration, and does not tell that an e-mail is taken', async () => {
    const short = await t.http.post('/api/auth/register').send({ email: 'kort@example.se', password: 'short', displayName: 'Kort', acceptedTermsVersion: 1 });
    expect(short.status).toBe(400);
    expect(short.body.message).toEqual(['password must be at least 12 characters']);
    const taken = await t.http.post('/api/auth/register').send({ email: demo.owner.email, password: 'a long enough password', displayName: 'Imposter', acceptedTermsVersion: 1 });
    expect([taken.status, taken.body]).toEqual([202, { message: expect.any(String) }]);
  });

  it('answers 401 without a token and with a forged one', async () => {
    expect((await t.http.get('/api/me')).status).toBe(401);
    expect((await t.http.get('/api/me').set(bearer('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'))).status).toBe(401);
  });
});
