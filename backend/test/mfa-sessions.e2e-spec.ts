import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { currentTotp } from '../src/access/mfa/totp.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen, newStaff } from './support/factories.js';
import { TEST_DEMO_PASSWORD, TEST_TOTP_SECRET } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('Second factor, throttling, password list and sessions', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp({ SIGNIN_MAX_FAILURES_PER_ACCOUNT: '3', STAFF_IDLE_TIMEOUT_MINUTES: '5' });
    owner = (await t.signIn(demo.owner.email)).accessToken;
  });
  afterAll(() => t.close());

  const events = (action: string, subjectId?: string) => t.db.getRepository(AuditEvent).findBy(subjectId ? { action, subjectId } : { action });
  const passwordStep = (email: string, password = TEST_DEMO_PASSWORD) => t.http.post('/api/auth/login').send({ email, password });

  it('asks staff without a second factor to enrol before any session, and shows the secret and recovery codes once', async () => {
    const staff = await newStaff(t, owner, ['moderator']);
    expect(staff.recoveryCodes).toHaveLength(10);
    const again = await passwordStep(staff.email, staff.password);
    expect(again.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    // Once enrolled, enrolment cannot be started again to read a new secret.
    expect((await t.http.post('/api/me/mfa').set(bearer(staff.token))).status).toBe(409);
    expect(await events(AuditAction.MfaEnrolled, staff.id)).toHaveLength(1);
  });

  it('never lets a pending sign-in token pass as an access token', async () => {
    const step = await passwordStep(demo.moderator.email);
    expect((await t.http.get('/api/me').set(bearer(step.body.mfaToken))).status).toBe(401);
    const enrol = await t.http.post('/api/auth/mfa/enrol').send({ enrolmentToken: step.body.mfaToken });
    expect(enrol.status).toBe(401);
  });

  it('accepts each recovery code once in place of a code, and audits its use', async () => {
    const staff = await newStaff(t, owner, ['moderator']);
    const code = staff.recoveryCodes[0];
    const first = await t.http.post('/api/auth/login/mfa').send({ mfaToken: (await passwordStep(staff.email, staff.password)).body.mfaToken, code: code.toUpperCase() });
    expect(first.status).toBe(200);
    const second = await t.http.post('/api/auth/login/mfa').send({ mfaToken: (await passwordStep(staff.email, staff.password)).body.mfaToken, code });
    expect(second.status).toBe(401);
    expect(await events(AuditAction.MfaRecoveryCodeUsed, staff.id)).toHaveLength(1);
  });

  it('takes each TOTP code once: the same code again, even at the same moment, is refused; the next one works', async () => {
    const staff = await newStaff(t, owner, ['moderator']);
    // The code that confirmed enrolment is used up already.
    const [{ last_used_step: enrolmentStep }] = await t.db.query(`SELECT last_used_step FROM user_mfa WHERE user_id = $1`, [staff.id]);
    expect(Math.abs(Number(enrolmentStep) - Math.floor(Date.now() / 30_000))).toBeLessThanOrEqual(1);
    const code = await t.totpFor(staff.email, staff.totpSecret);
    const [a, b] = await Promise.all([0, 1].map(async () => t.http.post('/api/auth/login/mfa').send({ mfaToken: (await passwordStep(staff.email, staff.password)).body.mfaToken, code })));
    expect([a.status, b.status].sort()).toEqual([200, 401]);
    const again = await t.http.post('/api/auth/login/mfa').send({ mfaToken: (await passwordStep(staff.email, staff.password)).body.mfaToken, code });
    expect(again.status).toBe(401);
    expect(again.body.message).toMatch(/used already/);
    const next = await t.http.post('/api/auth/login/mfa').send({ mfaToken: (await passwordStep(staff.email, staff.password)).body.mfaToken, code: await t.totpFor(staff.email, staff.totpSecret) });
    expect(next.status).toBe(200);
    // Two fresh codes after the enrolment's mean waiting out up to two 30-second steps.
  }, 90_000);

  it('locks an account after repeated wrong codes, says so with 429 even for the right code, and audits the lockout', async () => {
    const staff = await newStaff(t, owner, ['moderator']);
    const mfaToken = (await passwordStep(staff.email, staff.password)).body.mfaToken;
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await t.http.post('/api/auth/login/mfa').send({ mfaToken, code: '000000' })).status).toBe(401);
    }
    const right = await t.http.post('/api/auth/login/mfa').send({ mfaToken, code: await t.totpFor(staff.email, staff.totpSecret) });
    expect(right.status).toBe(429);
    expect((await passwordStep(staff.email, staff.password)).status).toBe(429);
    const lockouts = await events(AuditAction.SignInLockedOut, staff.id);
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0].reason).toMatch(/account/);
  });

  it('locks an unknown e-mail exactly like a known one, so a lockout reveals nothing', async () => {
    const unknown = 'nobody.at.all@example.se';
    const known = (await newCitizen(t)).email;
    const answers = async (email: string) => {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 4; attempt++) statuses.push((await passwordStep(email, 'certainly-not-the-password')).status);
      return statuses;
    };
    expect(await answers(unknown)).toEqual([401, 401, 401, 429]);
    expect(await answers(known)).toEqual([401, 401, 401, 429]);
  });

  it('lets a platform owner reset a colleague’s second factor: sessions end, enrolment is asked again, and it is audited', async () => {
    const staff = await newStaff(t, owner, ['coordinator'], [demo.coordinatorSigtuna.municipalityIds[0]]);
    const refused = await t.http
      .post(`/api/users/${staff.id}/reset-mfa`)
      .set(bearer((await t.signIn(demo.coordinatorSigtuna.email)).accessToken))
      .send({ reason: 'Lost phone' });
    expect(refused.status).toBe(403);
    const reset = await t.http.post(`/api/users/${staff.id}/reset-mfa`).set(bearer(owner)).send({ reason: 'Lost phone, identity checked by video call' });
    expect(reset.status).toBe(204);
    expect((await t.http.get('/api/me').set(bearer(staff.token))).status).toBe(401);
    expect((await passwordStep(staff.email, staff.password)).body).toEqual({ mfaEnrolmentRequired: true, enrolmentToken: expect.any(String) });
    const [event] = await events(AuditAction.MfaReset, staff.id);
    expect(event).toMatchObject({ actorId: demo.owner.id, reason: 'Lost phone, identity checked by video call' });
  });

  it('lets a citizen turn an optional second factor on and off', async () => {
    const citizen = await newCitizen(t);
    const enrolment = await t.http.post('/api/me/mfa').set(bearer(citizen.token));
    expect(enrolment.status).toBe(200);
    expect((await t.http.post('/api/me/mfa/confirm').set(bearer(citizen.token)).send({ code: '123456' })).status).toBe(401);
    expect(
      (
        await t.http
          .post('/api/me/mfa/confirm')
          .set(bearer(citizen.token))
          .send({ code: await currentTotp(enrolment.body.secret) })
      ).status,
    ).toBe(204);
    expect((await passwordStep(citizen.email, 'a password long enough')).body.mfaRequired).toBe(true);
    const session = await t.signIn(citizen.email, 'a password long enough', enrolment.body.secret);
    expect(
      (
        await t.http
          .post('/api/me/mfa/disable')
          .set(bearer(session.accessToken))
          .send({ code: await t.totpFor(citizen.email, enrolment.body.secret) })
      ).status,
    ).toBe(204);
    expect((await passwordStep(citizen.email, 'a password long enough')).body.accessToken).toBeTruthy();
    // Three codes of three later steps: the last one waits up to a whole 30-second step.
  }, 65_000);

  it('does not let staff turn their mandatory second factor off', async () => {
    const moderator = await t.signIn(demo.moderator.email);
    const response = await t.http
      .post('/api/me/mfa/disable')
      .set(bearer(moderator.accessToken))
      .send({ code: await currentTotp(TEST_TOTP_SECRET) });
    expect(response.status).toBe(403);
  });

  it('refuses a password from the list of common passwords, naming the field', async () => {
    const response = await t.http.post('/api/auth/register').send({ email: 'vanlig@example.se', password: 'Password1234', displayName: 'Vanlig', acceptedTermsVersion: 1 });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'password_too_weak', message: expect.stringMatching(/^password is too easy to guess: This is similar to a commonly used password\./) });
  });

  it('lists a person’s sessions, marks the current one, and ends one or all at once', async () => {
    const citizen = await newCitizen(t);
    const other = await t.signIn(citizen.email, 'a password long enough');
    const list = await t.http.get('/api/me/sessions').set(bearer(citizen.token));
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(2);
    expect(list.body.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
    const otherSession = (list.body as { id: string; current: boolean }[]).find((session) => !session.current)!;

    // Someone else's session is not found.
    expect((await t.http.delete(`/api/me/sessions/${otherSession.id}`).set(bearer(owner))).status).toBe(404);
    expect((await t.http.delete(`/api/me/sessions/${otherSession.id}`).set(bearer(citizen.token))).status).toBe(204);
    expect((await t.http.get('/api/me').set(bearer(other.accessToken))).status).toBe(401);
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: other.refreshToken })).status).toBe(401);

    expect((await t.http.delete('/api/me/sessions').set(bearer(citizen.token))).status).toBe(204);
    expect((await t.http.get('/api/me').set(bearer(citizen.token))).status).toBe(401);
  });

  it('ends a staff session unused for longer than the idle timeout, but not a citizen’s', async () => {
    const staff = await t.signIn(demo.coordinatorStrangnas.email);
    const citizen = await t.signIn(demo.residentStrangnas.email);
    // Ten minutes of inactivity, with a 5-minute timeout.
    await t.db.query(`UPDATE refresh_tokens SET created_at = created_at - interval '10 minutes' WHERE user_id = ANY($1)`, [[demo.coordinatorStrangnas.id, demo.residentStrangnas.id]]);
    const staffRefresh = await t.http.post('/api/auth/refresh').send({ refreshToken: staff.refreshToken });
    expect(staffRefresh.status).toBe(401);
    expect(staffRefresh.body.message).toMatch(/inactivity/);
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: citizen.refreshToken })).status).toBe(200);
    expect(await events(AuditAction.SessionIdleExpired, demo.coordinatorStrangnas.id)).toHaveLength(1);
  });
});
