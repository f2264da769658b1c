import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { emailedToken, newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Passwords that are 12 characters or more and still guessed at once. */
const GUESSABLE = ['aaaaaaaaaaaa', 'abcdefghijkl', '1234567890123', 'Sommarstockholm2024'];
const PASSPHRASE = 'tistel kajak mörker sjuttiotvå';
const refusal = { statusCode: 400, code: 'password_too_weak', message: expect.stringMatching(/^password is too easy to guess: \S.+/) };

/** Issue 18: every place a password is set judges it with zxcvbn, the person's own address and name counting as easy guesses. */
describe('Password strength where a password is set', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const hashOf = async (email: string): Promise<string | null> => (await t.db.query(`SELECT password_hash FROM users WHERE email = $1`, [email]))[0]?.password_hash ?? null;

  it('refuses guessable passwords at registration with 400 naming password and saying why, and creates no account', async () => {
    const register = (password: string, email = `anna.lind.${Math.random().toString(36).slice(2, 8)}@example.se`, displayName = 'Anna Lind') =>
      t.http.post('/api/auth/register').send({ email, password, displayName, homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, acceptedTermsVersion: 1 });
    for (const password of GUESSABLE) {
      const email = `svag-${Math.random().toString(36).slice(2)}@example.se`;
      const response = await register(password, email);
      expect([password, response.status, response.body]).toEqual([password, 400, expect.objectContaining(refusal)]);
      expect(await hashOf(email)).toBeNull();
    }
    const repeated = await register('aaaaaaaaaaaa');
    expect(repeated.body.message).toContain('Repeated characters like "aaa" are easy to guess.');

    // Built from the person's own address or name: strong for a stranger, guessed first by someone who knows them.
    const email = 'anna.lind@example.se';
    for (const password of [email, 'anna.lind2024', 'Annalind1990!']) {
      const response = await register(password, email);
      expect([password, response.status, response.body.code]).toEqual([password, 400, 'password_too_weak']);
    }
    expect((await register('Annalind1990!', 'kim.berg@example.se', 'Kim Berg')).status).toBe(202);
    expect((await register(PASSPHRASE)).status).toBe(202);
  });

  it('refuses a guessable new password at password reset and keeps the old one and the link', async () => {
    const person = await newCitizen(t, 'Malin Ek');
    const before = await hashOf(person.email);
    await t.http.post('/api/auth/password-reset').send({ email: person.email });
    const token = await emailedToken(t, person.email, 'reset-password');
    for (const password of [...GUESSABLE, 'MalinEk12345', person.email]) {
      const response = await t.http.post('/api/auth/password-reset/confirm').send({ token, password });
      expect([password, response.status, response.body]).toEqual([password, 400, expect.objectContaining(refusal)]);
    }
    expect(await hashOf(person.email)).toBe(before);
    expect((await t.http.post('/api/auth/password-reset/confirm').send({ token, password: PASSPHRASE })).status).toBe(204);
    expect((await t.http.post('/api/auth/login').send({ email: person.email, password: PASSPHRASE })).status).toBe(200);
  });

  it('refuses a guessable password when an invitation is accepted, and the invitation still works after', async () => {
    const owner = await t.signIn(demo.owner.email);
    const email = `sara.holm.${Math.random().toString(36).slice(2, 6)}@samverka.se`;
    const invited = await t.http
      .post('/api/users')
      .set(bearer(owner.accessToken))
      .send({ email, displayName: 'Sara Holm', roles: ['moderator'], municipalityIds: [] });
    expect(invited.status).toBe(201);
    const token = await emailedToken(t, email, 'invitation');
    for (const password of [...GUESSABLE, 'SaraHolm2024!', email]) {
      const response = await t.http.post('/api/auth/accept-invitation').send({ token, password });
      expect([password, response.status, response.body]).toEqual([password, 400, expect.objectContaining(refusal)]);
    }
    expect(await hashOf(email)).toBeNull();
    const accepted = await t.http.post('/api/auth/accept-invitation').send({ token, password: PASSPHRASE });
    expect([accepted.status, accepted.body.mfaEnrolmentRequired]).toEqual([200, true]);
  });

  it('still answers an unusable invitation token with invitation_invalid, whatever the password', async () => {
    const response = await t.http.post('/api/auth/accept-invitation').send({ token: 'no-such-invitation-token', password: 'aaaaaaaaaaaa' });
    expect([response.status, response.body.code]).toEqual([400, 'invitation_invalid']);
  });
});
