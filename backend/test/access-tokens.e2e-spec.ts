import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { currentTotp } from '../src/access/mfa/totp.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { KeyPurpose } from '../src/platform/keys/key-purpose.js';
import { Keys } from '../src/platform/keys/keys.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen, newStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const CITIZEN_PASSWORD = 'a password long enough';

/** The claims of a token, read without checking it (the server checks it). */
const claimsOf = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));

describe('Access tokens and sessions after a change of powers', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
  });
  afterAll(() => t.close());

  /** Mints an access token with the service's own key, with exactly the claims given. */
  const mint = (claims: Record<string, unknown>, secret: string | Buffer = t.app.get(Keys).for(KeyPurpose.AccessToken)) => new JwtService().signAsync(claims, { secret, algorithm: 'HS256' });
  const signedInCitizen = async () => {
    const citizen = await newCitizen(t);
    const session = await t.signIn(citizen.email, CITIZEN_PASSWORD);
    return { ...citizen, ...session };
  };

  it('says in the access token how the session was signed in: pwd alone, or pwd and otp, also after a refresh', async () => {
    const citizen = await signedInCitizen();
    expect(claimsOf(citizen.accessToken)).toMatchObject({ sub: citizen.id, sid: expect.any(String), amr: ['pwd'], exp: expect.any(Number) });
    const staff = await t.signIn(demo.moderator.email);
    expect(claimsOf(staff.accessToken).amr).toEqual(['pwd', 'otp']);
    const refreshed = await t.http.post('/api/auth/refresh').send({ refreshToken: staff.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(claimsOf(refreshed.body.accessToken).amr).toEqual(['pwd', 'otp']);
    expect((await t.http.get('/api/users').set(bearer(refreshed.body.accessToken))).status).toBe(200);
  });

  it('counts a recovery code as a second factor', async () => {
    const staff = await newStaff(t, owner, ['moderator']);
    const step = await t.http.post('/api/auth/login').send({ email: staff.email, password: staff.password });
    const signedIn = await t.http.post('/api/auth/login/mfa').send({ mfaToken: step.body.mfaToken, code: staff.recoveryCodes[0] });
    expect(signedIn.status).toBe(200);
    expect(claimsOf(signedIn.body.accessToken).amr).toEqual(['pwd', 'otp']);
    expect((await t.http.get('/api/users').set(bearer(signedIn.body.accessToken))).status).toBe(200);
  });

  it('ends every session of a citizen promoted to coordinator, who must then sign in with a second factor to reach staff routes', async () => {
    const citizen = await signedInCitizen();
    expect((await t.http.get('/api/me').set(bearer(citizen.accessToken))).status).toBe(200);

    const promoted = await t.http
      .put(`/api/users/${citizen.id}`)
      .set(bearer(owner))
      .send({ roles: ['citizen', 'coordinator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna], reason: 'New safety coordinator' });
    expect(promoted.status).toBe(200);

    for (const path of ['/api/users', '/api/audit-events', '/api/me']) {
      const response = await t.http.get(path).set(bearer(citizen.accessToken));
      expect([path, response.status]).toEqual([path, 401]);
    }
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: citizen.refreshToken })).status).toBe(401);

    // The password alone no longer gives a session: the second factor is set up first.
    const login = await t.http.post('/api/auth/login').send({ email: citizen.email, password: CITIZEN_PASSWORD });
    expect(login.body).toEqual({ mfaEnrolmentRequired: true, enrolmentToken: expect.any(String) });
    const { enrolmentToken } = login.body;
    const enrolment = await t.http.post('/api/auth/mfa/enrol').send({ enrolmentToken });
    const confirmed = await t.http.post('/api/auth/mfa/enrol/confirm').send({ enrolmentToken, code: await currentTotp(enrolment.body.secret) });
    expect(confirmed.status).toBe(200);
    expect(claimsOf(confirmed.body.accessToken).amr).toEqual(['pwd', 'otp']);
    expect((await t.http.get('/api/users').set(bearer(confirmed.body.accessToken))).status).toBe(200);
    expect((await t.http.get('/api/audit-events').set(bearer(confirmed.body.accessToken))).status).toBe(200);
  });

  it('refuses a password-only session, access and refresh alike, once the account holds a staff role', async () => {
    const citizen = await signedInCitizen();
    // A role given behind the service's back, so the session survives: the token's amr still stops it.
    await t.db.query(`UPDATE users SET roles = '{citizen,moderator}' WHERE id = $1`, [citizen.id]);
    const read = await t.http.get('/api/users').set(bearer(citizen.accessToken));
    expect(read.status).toBe(401);
    expect(read.body).toMatchObject({ code: 'second_factor_required', message: expect.stringMatching(/second factor: sign in again/) });
    const refresh = await t.http.post('/api/auth/refresh').send({ refreshToken: citizen.refreshToken });
    expect(refresh.status).toBe(401);
    expect(refresh.body.code).toBe('second_factor_required');
  });

  it('ends a coordinator’s sessions when their municipalities change', async () => {
    const staff = await newStaff(t, owner, ['coordinator'], [SEEDED_MUNICIPALITY_IDS.sigtuna]);
    expect((await t.http.get('/api/users').set(bearer(staff.token))).status).toBe(200);
    const moved = await t.http
      .put(`/api/users/${staff.id}`)
      .set(bearer(owner))
      .send({ municipalityIds: [SEEDED_MUNICIPALITY_IDS.strangnas], reason: 'Moved to Strängnäs' });
    expect(moved.status).toBe(200);
    expect((await t.http.get('/api/users').set(bearer(staff.token))).status).toBe(401);
    // A change of the display name alone leaves sessions alone.
    const fresh = await t.signIn(staff.email, staff.password, staff.totpSecret);
    expect((await t.http.put(`/api/users/${staff.id}`).set(bearer(owner)).send({ displayName: 'Renamed Person', reason: 'Name change' })).status).toBe(200);
    expect((await t.http.get('/api/users').set(bearer(fresh.accessToken))).status).toBe(200);
  });

  it('accepts a token minted with every claim, and refuses one without sub, sid or exp, or signed with another key', async () => {
    const citizen = await signedInCitizen();
    const { sub, sid } = claimsOf(citizen.accessToken);
    const exp = Math.floor(Date.now() / 1000) + 300;
    expect((await t.http.get('/api/me').set(bearer(await mint({ sub, sid, amr: ['pwd'], exp })))).status).toBe(200);

    const lacking = { sub: { sid, amr: ['pwd'], exp }, sid: { sub, amr: ['pwd'], exp }, exp: { sub, sid, amr: ['pwd'] } };
    for (const [claim, claims] of Object.entries(lacking)) {
      const response = await t.http.get('/api/me').set(bearer(await mint(claims)));
      expect([claim, response.status, response.body.code]).toEqual([claim, 401, 'access_token_invalid']);
    }
    const foreign = await mint({ sub, sid, amr: ['pwd'], exp }, 'some other key entirely, 32 bytes or more');
    expect((await t.http.get('/api/me').set(bearer(foreign))).status).toBe(401);
  });

  it('answers 401, not 500, to a token whose sid or sub is not a UUID', async () => {
    const citizen = await signedInCitizen();
    const { sub, sid } = claimsOf(citizen.accessToken);
    const exp = Math.floor(Date.now() / 1000) + 300;
    for (const claims of [
      { sub, sid: 'not-a-uuid', exp },
      { sub, sid: 42, exp },
      { sub: 'not-a-uuid', sid, exp },
    ]) {
      const response = await t.http.get('/api/me').set(bearer(await mint({ ...claims, amr: ['pwd'] })));
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/sign in again/);
    }
  });

  it('refuses a minted staff token that claims no second factor, though its session is live', async () => {
    const { accessToken } = await t.signIn(demo.coordinatorSigtuna.email);
    const { sub, sid, exp } = claimsOf(accessToken);
    const response = await t.http.get('/api/users').set(bearer(await mint({ sub, sid, exp, amr: ['pwd'] })));
    expect(response.status).toBe(401);
    expect(response.body.code).toBe('second_factor_required');
    expect((await t.http.get('/api/users').set(bearer(await mint({ sub, sid, exp })))).status).toBe(401);
  });
});
