import { execFile as execFileCallback } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { emailedToken, newCitizen } from './support/factories.js';
import { ROOT, TEST_DEMO_PASSWORD } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

const execFile = promisify(execFileCallback);
const MINUTE = 60_000;

/** Seconds a JWT is valid for, from its own claims. */
const lifetimeOf = (jwt: string): number => {
  const { iat, exp } = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as { iat: number; exp: number };
  return exp - iat;
};

/** Starts the built service as production would, and answers how it stopped. */
async function boot(env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  const base = { PATH: process.env.PATH ?? '', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1', JWT_SECRET: 'x'.repeat(32), LOG_LEVEL: 'silent' };
  try {
    await execFile(process.execPath, [join(ROOT, 'backend/dist/main.js')], { env: { ...base, ...env }, timeout: 20_000 });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('Token and link lifetimes are configuration (issue 16)', () => {
  it('refuses to start with a lifetime out of range, in one line naming the variable and its bounds', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ PASSWORD_RESET_TTL_MINUTES: '0' }, 'samverka: PASSWORD_RESET_TTL_MINUTES must be a whole number of minutes from 5 to 1440 (it is invalid)'],
      [{ STAFF_INVITATION_TTL_DAYS: 'a week' }, 'samverka: STAFF_INVITATION_TTL_DAYS must be a whole number of days from 1 to 30 (it is invalid)'],
      [{ MFA_CHALLENGE_TTL_SECONDS: '86400' }, 'samverka: MFA_CHALLENGE_TTL_SECONDS must be a whole number of seconds from 30 to 900 (it is invalid)'],
    ];
    for (const [env, line] of cases) {
      const { code, stderr } = await boot(env);
      expect({ env, code, stderr: stderr.trim() }).toEqual({ env, code: 1, stderr: line });
    }
  });

  describe('configured short', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({
        EMAIL_CONFIRMATION_TTL_HOURS: '2',
        PASSWORD_RESET_TTL_MINUTES: '5',
        STAFF_INVITATION_TTL_DAYS: '1',
        DOMAIN_PROOF_TTL_MINUTES: '5',
        MFA_CHALLENGE_TTL_SECONDS: '30',
        MFA_ENROLMENT_TTL_SECONDS: '120',
        JOB_BOARD_TICKET_TTL_SECONDS: '15',
        JOB_BOARD_SESSION_TTL_MINUTES: '2',
      });
    });
    afterAll(() => t.close());

    const expiresIn = async (sql: string, params: unknown[]): Promise<number> => {
      const [row] = await t.db.query(sql, params);
      return new Date(row.expires_at).getTime() - Date.now();
    };
    const lastMail = async (email: string): Promise<string> => (await t.db.query(`SELECT body FROM email_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [email]))[0].body;

    it('gives confirmation and reset links the configured lifetime, and says so in the e-mail', async () => {
      const email = `kort-${Date.now()}@example.se`;
      const registered = await t.http
        .post('/api/auth/register')
        .send({ email, password: 'a password long enough', displayName: 'Kort Liv', homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, acceptedTermsVersion: 1 });
      expect(registered.status).toBe(202);
      const confirmation = await expiresIn(`SELECT email_confirmation_expires_at AS expires_at FROM users WHERE email = $1`, [email]);
      expect(confirmation).toBeGreaterThan(119 * MINUTE);
      expect(confirmation).toBeLessThanOrEqual(120 * MINUTE);
      expect(await lastMail(email)).toMatch(/\b2 timmar\b/);

      const person = await newCitizen(t);
      expect((await t.http.post('/api/auth/password-reset').send({ email: person.email })).status).toBe(202);
      const reset = await expiresIn(`SELECT password_reset_expires_at AS expires_at FROM users WHERE id = $1`, [person.id]);
      expect(reset).toBeGreaterThan(4 * MINUTE);
      expect(reset).toBeLessThanOrEqual(5 * MINUTE);
      expect(await lastMail(person.email)).toMatch(/\b5 minuter\b/);
    });

    it('gives the second-factor step, staff invitations and the job dashboard ticket the configured lifetime', async () => {
      const step = await t.http.post('/api/auth/login').send({ email: demo.moderator.email, password: TEST_DEMO_PASSWORD });
      expect(step.body.mfaToken).toEqual(expect.any(String));
      expect(lifetimeOf(step.body.mfaToken)).toBe(30);

      const owner = (await t.signIn(demo.owner.email)).accessToken;
      const invitedEmail = `kort.inbjudan-${Date.now()}@sigtuna.se`;
      const invited = await t.http
        .post('/api/users')
        .set(bearer(owner))
        .send({ email: invitedEmail, displayName: 'Kort Inbjudan', roles: ['coordinator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna] });
      expect(invited.status).toBe(201);
      const invitation = await expiresIn(`SELECT invitation_expires_at AS expires_at FROM users WHERE id = $1`, [invited.body.id]);
      expect(invitation).toBeGreaterThan(23.9 * 60 * MINUTE);
      expect(invitation).toBeLessThanOrEqual(24 * 60 * MINUTE);
      const accepted = await t.http.post('/api/auth/accept-invitation').send({ token: await emailedToken(t, invitedEmail, 'invitation'), password: 'kort chose this password' });
      expect(lifetimeOf(accepted.body.enrolmentToken)).toBe(120);

      const ticket = await t.http.post('/api/jobs/board-ticket').set(bearer(owner));
      expect(ticket.body.expiresInSeconds).toBe(15);
      const opened = await t.http.get(ticket.body.url);
      expect(opened.status).toBe(303);
      expect(String(opened.headers['set-cookie'])).toMatch(/Max-Age=120\b/);
    });
  });
});
