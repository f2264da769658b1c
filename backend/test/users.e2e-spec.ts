import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { currentTotp } from '../src/access/mfa/totp.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { emailedToken } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('Staff administration of users', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
  });
  afterAll(() => t.close());

  const events = (subjectId: string) => t.db.getRepository(AuditEvent).find({ where: { subjectId }, order: { id: 'ASC' } });

  it('invites a coordinator, who chooses a password through the one-time link and signs in', async () => {
    const invite = await t.http
      .post('/api/users')
      .set(bearer(owner))
      .send({ email: 'Kim.Kommun@Sigtuna.se', displayName: 'Kim Kommun', roles: ['coordinator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna] });
    expect(invite.status).toBe(201);
    expect(invite.body).toMatchObject({ email: 'kim.kommun@sigtuna.se', roles: ['coordinator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna], invitationPending: true });
    // The link is e-mailed through the outbox: the owner never holds it, and the outbox hides it.
    expect(invite.body.invitationUrl).toBeUndefined();
    const [message] = await t.db.query(`SELECT template, subject, body FROM email_messages WHERE recipient = $1`, ['kim.kommun@sigtuna.se']);
    expect(message.template).toBe('staff-invitation');
    expect(message.body).toContain('[länk dold]');
    expect(message.body).not.toContain('/#/invitation/');
    const token = await emailedToken(t, 'kim.kommun@sigtuna.se', 'invitation');
    expect(token).toBeTruthy();

    expect((await t.http.post('/api/auth/login').send({ email: 'kim.kommun@sigtuna.se', password: 'anything at all' })).status).toBe(401);
    const accepted = await t.http.post('/api/auth/accept-invitation').send({ token, password: 'kim chose this password' });
    // Staff set up their second factor before they get a session.
    expect(accepted.status).toBe(200);
    expect(accepted.body).toEqual({ mfaEnrolmentRequired: true, enrolmentToken: expect.any(String) });
    const { enrolmentToken } = accepted.body;
    const enrolment = await t.http.post('/api/auth/mfa/enrol').send({ enrolmentToken });
    expect(enrolment.body.otpauthUri).toContain('otpauth://totp/');
    const confirmed = await t.http.post('/api/auth/mfa/enrol/confirm').send({ enrolmentToken, code: await currentTotp(enrolment.body.secret) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.user.municipalities).toEqual([{ id: SEEDED_MUNICIPALITY_IDS.sigtuna, code: '0191', name: 'Sigtuna' }]);
    // The link works once.
    expect((await t.http.post('/api/auth/accept-invitation').send({ token, password: 'kim chose this password' })).status).toBe(400);
    expect((await t.signIn('kim.kommun@sigtuna.se', 'kim chose this password', enrolment.body.secret)).accessToken).toBeTruthy();
    expect((await events(invite.body.id)).map((event) => event.action)).toEqual([
      AuditAction.UserInvited,
      AuditAction.SignInFailed,
      AuditAction.InvitationAccepted,
      AuditAction.MfaEnrolled,
      AuditAction.SignIn,
      AuditAction.SignIn,
    ]);
  });

  it('refuses a coordinator without municipalities, and municipalities without the coordinator role', async () => {
    const noScope = await t.http
      .post('/api/users')
      .set(bearer(owner))
      .send({ email: 'a@example.se', displayName: 'A A', roles: ['coordinator'] });
    expect(noScope.status).toBe(400);
    expect(noScope.body.message).toMatch(/municipalityIds/);
    const stray = await t.http
      .post('/api/users')
      .set(bearer(owner))
      .send({ email: 'b@example.se', displayName: 'B B', roles: ['moderator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna] });
    expect(stray.status).toBe(400);
    const citizen = await t.http
      .post('/api/users')
      .set(bearer(owner))
      .send({ email: 'c@example.se', displayName: 'C C', roles: ['citizen'] });
    expect(citizen.status).toBe(400);
    expect(citizen.body.message.join(' ')).toMatch(/roles must contain only: platform_owner, moderator, coordinator/);
  });

  it('audits a role and scope change with the reason and the values before and after', async () => {
    const response = await t.http
      .put(`/api/users/${demo.moderator.id}`)
      .set(bearer(owner))
      .send({ roles: ['moderator', 'coordinator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.strangnas], reason: 'Covers Strängnäs during the summer' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ roles: ['moderator', 'coordinator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.strangnas] });
    const audit = await events(demo.moderator.id);
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: AuditAction.UserRolesChanged,
        actorId: demo.owner.id,
        reason: 'Covers Strängnäs during the summer',
        changes: { roles: { before: ['moderator'], after: ['coordinator', 'moderator'] } },
      }),
    );
    expect(audit).toContainEqual(expect.objectContaining({ action: AuditAction.UserScopesChanged, changes: { municipalityIds: { before: [], after: [SEEDED_MUNICIPALITY_IDS.strangnas] } } }));
  });

  it('requires a reason for every change', async () => {
    const response = await t.http.put(`/api/users/${demo.moderator.id}`).set(bearer(owner)).send({ displayName: 'No reason' });
    expect(response.status).toBe(400);
    expect(response.body.message).toEqual(['reason must be text of 3 to 1000 characters']);
  });

  it('never leaves the platform without an active platform owner', async () => {
    const response = await t.http
      .put(`/api/users/${demo.owner.id}`)
      .set(bearer(owner))
      .send({ roles: ['moderator'], reason: 'Stepping down' });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('last_platform_owner');
  });

  it('suspends an account: its sessions end and it signs in only to a restricted session until reactivated', async () => {
    const session = await t.signIn(demo.residentStrangnas.email);
    const suspended = await t.http.post(`/api/users/${demo.residentStrangnas.id}/suspend`).set(bearer(owner)).send({ reason: 'Repeated threats in group chat' });
    expect(suspended.status).toBe(201);
    expect(suspended.body.status).toBe('suspended');

    expect((await t.http.get('/api/me').set(bearer(session.accessToken))).status).toBe(401);
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: session.refreshToken })).status).toBe(401);
    const login = await t.http.post('/api/auth/login').send({ email: demo.residentStrangnas.email, password: 'demo-password-for-tests' });
    expect(login.status).toBe(200);
    expect(login.body.restricted).toBe(true);
    expect((await t.http.get('/api/municipalities').set(bearer(login.body.accessToken))).status).toBe(403);
    expect((await t.http.post(`/api/users/${demo.residentStrangnas.id}/suspend`).set(bearer(owner)).send({ reason: 'Twice' })).status).toBe(409);

    expect((await t.http.post(`/api/users/${demo.residentStrangnas.id}/reactivate`).set(bearer(owner)).send({ reason: 'Ban served' })).status).toBe(201);
    expect((await t.http.get('/api/me').set(bearer(login.body.accessToken))).status).toBe(401);
    const full = await t.http.post('/api/auth/login').send({ email: demo.residentStrangnas.email, password: 'demo-password-for-tests' });
    expect(full.body.restricted).toBe(false);
    expect((await t.http.get('/api/municipalities').set(bearer(full.body.accessToken))).status).toBe(200);
    const actions = (await events(demo.residentStrangnas.id)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining([AuditAction.UserSuspended, AuditAction.UserReactivated]));
  });

  it('filters, sorts and pages the list, and refuses what it does not understand', async () => {
    const coordinators = await t.http
      .get('/api/users')
      .query({ filter: JSON.stringify({ role: 'coordinator' }), sort: '["email","ASC"]' })
      .set(bearer(owner));
    expect(coordinators.status).toBe(200);
    const emails = (coordinators.body as { email: string }[]).map((user) => user.email);
    expect(emails).toEqual([...emails].sort());
    expect(emails).toContain(demo.coordinatorSigtuna.email);

    const page = await t.http.get('/api/users').query({ range: '[1,2]', sort: '["email","ASC"]' }).set(bearer(owner));
    expect(page.body).toHaveLength(2);
    expect(page.headers['content-range']).toMatch(/^users 1-2\/\d+$/);

    const search = await t.http
      .get('/api/users')
      .query({ filter: JSON.stringify({ q: 'strängnäs' }) })
      .set(bearer(owner));
    expect((search.body as { email: string }[]).map((user) => user.email)).toEqual([demo.coordinatorStrangnas.email]);

    const many = await t.http
      .get('/api/users')
      .query({ filter: JSON.stringify({ id: [demo.owner.id, demo.moderator.id] }) })
      .set(bearer(owner));
    expect((many.body as { id: string }[]).map((user) => user.id).sort()).toEqual([demo.owner.id, demo.moderator.id].sort());

    for (const query of [{ sort: '["passwordHash","ASC"]' }, { range: '[0,-1]' }, { filter: '{"role":"king"}' }, { filter: 'not json' }]) {
      const response = await t.http.get('/api/users').query(query).set(bearer(owner));
      expect(response.status).toBe(400);
    }
  });

  it('answers 400 naming the id for a path that is not a UUID, and 404 for an unknown one', async () => {
    const bad = await t.http.get('/api/users/not-a-uuid').set(bearer(owner));
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('id must be a UUID');
    expect((await t.http.get('/api/users/00000000-0000-4000-8000-00000000ffff').set(bearer(owner))).status).toBe(404);
  });
});
