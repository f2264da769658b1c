import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { RegistrationService } from '../src/access/registration.service.js';
import { bearer, demo } from './support/demo.js';
import { emailedToken, newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PASSWORD = 'a password long enough';
const fresh = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}@example.se`;

/** Security issue 16, item 9: registration, e-mail confirmation and password reset. */
describe(RegistrationService.name, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const register = (email: string, fields: Record<string, unknown> = {}) =>
    t.http.post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Nya Nisse', homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, acceptedTermsVersion: 1, ...fields });
  const mails = (email: string) => t.db.query(`SELECT template, language, subject, body FROM email_messages WHERE recipient = $1 ORDER BY created_at`, [email]);
  const login = (email: string, password = PASSWORD) => t.http.post('/api/auth/login').send({ email, password });

  it('answers a new and a known address alike, and e-mails a confirmation link to one and a reset link to the other, in Swedish', async () => {
    const known = await newCitizen(t);
    const newcomer = fresh('ny');
    const [first, second] = [await register(newcomer), await register(known.email, { displayName: 'Inkräktare' })];
    expect([second.status, second.body]).toEqual([first.status, first.body]);
    expect(first.status).toBe(202);
    expect(Object.keys(first.body)).toEqual(['message']);

    // The outbox keeps the text with the link hidden; the link itself reaches only the mailbox.
    expect(await mails(newcomer)).toEqual([{ template: 'account-confirm', language: 'sv', subject: 'Bekräfta din e-postadress', body: expect.stringContaining('[länk dold]') }]);
    expect(await emailedToken(t, newcomer, 'confirm-email')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const knownMails = await mails(known.email);
    expect(knownMails.at(-1)).toEqual({ template: 'account-exists', language: 'sv', subject: 'Du har redan ett konto', body: expect.stringContaining('[länk dold]') });
    expect(await emailedToken(t, known.email, 'reset-password')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The known account is untouched: same name, same password.
    expect((await t.db.query(`SELECT display_name FROM users WHERE email = $1`, [known.email]))[0].display_name).toBe('Test Person');
    expect((await login(known.email)).status).toBe(200);
  });

  it('refuses a stale terms version with the same 409 for a known address as for a new one', async () => {
    const stale = [await register(fresh('gammal'), { acceptedTermsVersion: 0 }), await register(demo.owner.email, { acceptedTermsVersion: 0 })];
    expect(stale.map((response) => [response.status, response.body.code ?? response.body.error, response.body.message])).toEqual([
      [409, expect.anything(), 'acceptedTermsVersion must be 1, the terms in force; 0 was answered'],
      [409, expect.anything(), 'acceptedTermsVersion must be 1, the terms in force; 0 was answered'],
    ]);
    expect(await mails(demo.owner.email)).toEqual([]);
  });

  it('refuses sign-in to an unconfirmed account with 403 email_unconfirmed, sends a new link on request, and lets it in once confirmed', async () => {
    const email = fresh('obekraftad');
    await register(email);
    const refused = await login(email);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^Confirm your e-mail address first/);
    // A wrong password still says only "wrong": the unconfirmed state is told to the password's holder alone.
    expect((await login(email, 'not the password at all')).status).toBe(401);

    const firstToken = await emailedToken(t, email, 'confirm-email');
    expect((await t.http.post('/api/auth/resend-confirmation').send({ email })).status).toBe(202);
    const secondToken = await emailedToken(t, email, 'confirm-email');
    expect(secondToken).not.toBe(firstToken);
    // Only the newest link works; the token is stored hashed, never as sent.
    expect((await t.http.post('/api/auth/confirm-email').send({ token: firstToken })).status).toBe(400);
    expect(await t.db.query(`SELECT 1 FROM users WHERE email_confirmation_token_hash = $1`, [secondToken])).toEqual([]);
    expect((await t.http.post('/api/auth/confirm-email').send({ token: secondToken })).status).toBe(204);
    expect((await t.http.post('/api/auth/confirm-email').send({ token: secondToken })).status).toBe(400);

    const session = await login(email);
    expect(session.status).toBe(200);
    expect((await t.http.get('/api/me').set(bearer(session.body.accessToken))).status).toBe(200);
    const [audit] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = $1 AND subject_id = $2`, [AuditAction.EmailConfirmed, session.body.user.id]);
    expect(audit.n).toBe(1);
  });

  it('refuses an expired confirmation link', async () => {
    const email = fresh('sen');
    await register(email);
    const token = await emailedToken(t, email, 'confirm-email');
    await t.ownerDb.query(`UPDATE users SET email_confirmation_expires_at = now() - interval '1 second' WHERE email = $1`, [email]);
    const response = await t.http.post('/api/auth/confirm-email').send({ token });
    expect([response.status, response.body.message]).toEqual([400, expect.stringMatching(/^token is not a valid confirmation link/)]);
    expect((await login(email)).status).toBe(403);
  });

  it('answers a reset request alike for a known and an unknown address, and e-mails only the known one', async () => {
    const known = await newCitizen(t);
    const unknown = fresh('okand');
    const [a, b] = [await t.http.post('/api/auth/password-reset').send({ email: known.email }), await t.http.post('/api/auth/password-reset').send({ email: unknown })];
    expect([a.status, a.body]).toEqual([b.status, b.body]);
    expect(a.status).toBe(202);
    expect((await mails(known.email)).at(-1)).toMatchObject({ template: 'password-reset', subject: 'Välj ett nytt lösenord' });
    expect(await mails(unknown)).toEqual([]);
  });

  it('resets a password once with the e-mailed link, ends every session, and refuses the link again or after an hour', async () => {
    const person = await newCitizen(t);
    const before = await login(person.email);
    await t.http.post('/api/auth/password-reset').send({ email: person.email });
    const token = await emailedToken(t, person.email, 'reset-password');

    const weak = await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'short' });
    expect([weak.status, weak.body.message]).toEqual([400, ['password must be at least 12 characters']]);
    const reset = await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'an entirely new passphrase' });
    expect(reset.status).toBe(204);
    expect((await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'yet another passphrase' })).status).toBe(400);

    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: before.body.refreshToken })).status).toBe(401);
    expect((await login(person.email)).status).toBe(401);
    expect((await login(person.email, 'an entirely new passphrase')).status).toBe(200);
    const [audit] = await t.db.query(`SELECT reason FROM audit_events WHERE action = $1 AND subject_id = $2`, [AuditAction.PasswordReset, person.id]);
    expect(audit.reason).toBe('all sessions ended');

    await t.http.post('/api/auth/password-reset').send({ email: person.email });
    const late = await emailedToken(t, person.email, 'reset-password');
    await t.ownerDb.query(`UPDATE users SET password_reset_expires_at = now() - interval '1 second' WHERE id = $1`, [person.id]);
    const expired = await t.http.post('/api/auth/password-reset/confirm').send({ token: late, password: 'too late a passphrase' });
    expect([expired.status, expired.body.message]).toEqual([400, expect.stringMatching(/^token is not a valid password-reset link/)]);
    expect((await login(person.email, 'an entirely new passphrase')).status).toBe(200);
  });

  it('lets the owner of an address squatted by an unconfirmed registration reclaim it through the reset link', async () => {
    const email = fresh('ockuperad');
    await register(email, { password: 'the squatters password' });
    await register(email);
    const reclaimed = await t.http.post('/api/auth/password-reset/confirm').send({ token: await emailedToken(t, email, 'reset-password'), password: 'the owners own passphrase' });
    expect(reclaimed.status).toBe(204);
    expect((await login(email, 'the squatters password')).status).toBe(401);
    expect((await login(email, 'the owners own passphrase')).status).toBe(200);
  });
});

describe('Rate limits on the public routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_REGISTRATION_PER_HOUR: '2', RATE_LIMIT_PASSWORD_RESET_PER_HOUR: '2', RATE_LIMIT_PUBLIC_CHECK_PER_MINUTE: '3', RATE_LIMIT_EMAIL_CONFIRMATION_PER_HOUR: '2' });
  });
  afterAll(() => t.close());

  it('answers 429 naming the limit once an address has registered too often, and creates no account', async () => {
    const send = (email: string) => t.http.post('/api/auth/register').send({ email, password: PASSWORD, displayName: 'Flod', acceptedTermsVersion: 1 });
    expect((await send(fresh('flod'))).status).toBe(202);
    expect((await t.http.post('/api/auth/resend-confirmation').send({ email: fresh('flod') })).status).toBe(202);
    const third = fresh('flod');
    const refused = await send(third);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/^Too many requests: the registration limit is 2 per hour; try again in \d+ seconds$/);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(await t.db.query(`SELECT 1 FROM users WHERE email = $1`, [third])).toEqual([]);
  });

  it('limits password-reset requests, confirmation attempts and the public badge check each on its own budget', async () => {
    for (let i = 0; i < 2; i++) expect((await t.http.post('/api/auth/password-reset').send({ email: fresh('r') })).status).toBe(202);
    const reset = await t.http.post('/api/auth/password-reset/confirm').send({ token: 'x'.repeat(43), password: PASSWORD });
    expect([reset.status, reset.body.message]).toEqual([429, expect.stringContaining('the password-reset limit is 2 per hour')]);

    for (let i = 0; i < 2; i++) expect((await t.http.post('/api/auth/confirm-email').send({ token: 'y'.repeat(43) })).status).toBe(400);
    expect((await t.http.post('/api/auth/confirm-email').send({ token: 'y'.repeat(43) })).status).toBe(429);

    for (let i = 0; i < 3; i++) expect((await t.http.get('/api/public/badges/NO-SUCH-CODE')).status).toBe(404);
    const check = await t.http.get('/api/public/badges/NO-SUCH-CODE');
    expect([check.status, check.body.message]).toEqual([429, expect.stringContaining('the public-check limit is 3 per minute')]);
    // Sign-in is not behind these limits (it has its own lockout).
    expect((await t.signIn(demo.owner.email)).accessToken).toEqual(expect.any(String));
  });
});
