import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction, abilityFromPackedRules, Action, type AuthTokens, type PackedRules, Subject } from '@samverka/shared';
import { AccessGuard } from '../src/access/access.guard.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup, newStaff } from './support/factories.js';
import { eventually, PASSWORD } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Person = { id: string; token: string; email: string };
type Notification = { id: string; kind: string; payload: { actions?: { actionId: string; type: string; rule: string; statement: string; facts: string | null }[] } };

const STATEMENT = 'Inlägget pekar ut en namngiven granne som tjuv.';
const FACTS = 'Inlägget nämnde grannens för- och efternamn och adress.';
const APPEAL = 'Jag nämnde inget efternamn, och det jag skrev var sant.';

/** The access token's claims, as any client can read them (the signature is the server's business). */
const claims = (token: string): Record<string, unknown> => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;

describe(`${AccessGuard.name}: a suspended account's restricted session`, () => {
  let t: TestApp;
  let owner: string;
  let moderator: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(() => t.close());

  const signIn = (email: string, password = PASSWORD) => t.http.post('/api/auth/login').send({ email, password });

  /** A citizen whose map post a moderator removed with a 14-day suspension, on a report; the decision's action ids. */
  async function suspendedAuthor(): Promise<Person & { suspendId: string; removeId: string }> {
    const author = await newCitizen(t, 'Avstängd Författare');
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Grannen Sven Svensson på Storgatan 4 är en tjuv', priority: 'red', ...MARSTA });
    const reporter = await newCitizen(t);
    expect((await t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType: 'post', itemId: post.body.id, rule: 'personal_data', explanation: 'Pekar ut en granne.' })).status).toBe(
      201,
    );
    const cases = await t.http
      .get('/api/moderation-cases')
      .query({ filter: JSON.stringify({ itemId: post.body.id }) })
      .set(bearer(moderator));
    const c = (cases.body as { id: string; version: number }[])[0];
    const decided = await t.http
      .post(`/api/moderation-cases/${c.id}/decide`)
      .set(bearer(moderator))
      .send({
        version: c.version,
        actions: [
          { type: 'remove', rule: 'personal_data', statement: STATEMENT },
          { type: 'suspend', rule: 'personal_data', statement: STATEMENT, facts: FACTS, durationDays: 14 },
        ],
      });
    expect(decided.status).toBe(201);
    const actions = (await t.http.get(`/api/moderation-cases/${c.id}`).set(bearer(moderator))).body.actions as { id: string; type: string }[];
    return { ...author, suspendId: actions.find((a) => a.type === 'suspend')!.id, removeId: actions.find((a) => a.type === 'remove')!.id };
  }

  it('signs a suspended author in to a restricted session that reads the statement of reasons and appeals from it without any code', async () => {
    const author = await suspendedAuthor();
    // The suspension ended the full session it found.
    expect((await t.http.get('/api/me').set(bearer(author.token))).status).toBe(401);

    const login = await signIn(author.email);
    expect(login.status).toBe(200);
    const session = login.body as AuthTokens;
    expect(session.restricted).toBe(true);
    expect(session.user).toMatchObject({ id: author.id, status: 'suspended', restricted: true });
    const until = new Date(session.user.suspendedUntil!).getTime();
    expect(Math.abs(until - (Date.now() + 14 * 86_400_000))).toBeLessThan(120_000);
    expect(claims(session.accessToken).restricted).toBe(true);
    // The console gets the same restricted rules the server enforces: appealing, nothing else.
    const rules = abilityFromPackedRules(session.user.rules as PackedRules);
    expect(rules.can(Action.Create, Subject.Appeal)).toBe(true);
    expect(rules.can(Action.Read, Subject.Municipality)).toBe(false);
    expect(rules.can(Action.Create, Subject.Notice)).toBe(false);
    const [audited] = await t.db.query(`SELECT reason FROM audit_events WHERE action = $1 AND subject_id = $2 ORDER BY id DESC LIMIT 1`, [AuditAction.SignIn, author.id]);
    expect(audited.reason).toBe('restricted session: the account is suspended');

    const me = await t.http.get('/api/me').set(bearer(session.accessToken));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ status: 'suspended', restricted: true, suspendedUntil: session.user.suspendedUntil });
    const list = await t.http.get('/api/me/notifications').set(bearer(session.accessToken));
    expect(list.status).toBe(200);
    const statement = (list.body as Notification[]).find((n) => n.kind === 'moderation.statement')!;
    expect(statement.payload.actions).toEqual(
      expect.arrayContaining([expect.objectContaining({ actionId: author.suspendId, type: 'suspend', rule: 'personal_data', statement: STATEMENT, facts: FACTS })]),
    );
    expect((await t.http.get(`/api/me/notifications/${statement.id}`).set(bearer(session.accessToken))).status).toBe(200);
    expect((await t.http.post(`/api/me/notifications/${statement.id}/read`).set(bearer(session.accessToken))).body.readAt).not.toBeNull();
    expect((await t.http.post('/api/me/notifications/read-all').set(bearer(session.accessToken))).status).toBe(200);

    const appeal = await t.http.post('/api/appeals').set(bearer(session.accessToken)).send({ actionId: author.suspendId, text: APPEAL });
    expect(appeal.status).toBe(201);
    expect(appeal.body).toMatchObject({ appellantId: author.id, appellantRole: 'author', status: 'pending', appealed: { type: 'suspend', rule: 'personal_data', facts: FACTS } });
    const twice = await t.http.post('/api/appeals').set(bearer(session.accessToken)).send({ actionId: author.suspendId, text: APPEAL });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('appeal_decided');
    const mine = await t.http.get('/api/appeals').set(bearer(session.accessToken));
    expect((mine.body as { id: string }[]).map((a) => a.id)).toEqual([appeal.body.id]);
    // The e-mailed statement says so too: the appeal code is for appealing without signing in.
    const [mail] = await t.db.query(`SELECT body FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id]);
    expect(mail.body).toContain('logga in i Samverka och överklaga från beslutet under Aviseringar, även om ditt konto är avstängt');
    const received = await t.http
      .get('/api/me/notifications')
      .query({ filter: JSON.stringify({ unread: true }) })
      .set(bearer(session.accessToken));
    expect((received.body as Notification[]).map((n) => n.kind)).toContain('moderation.appeal_received');
  });

  it('answers every other signed-in route 403 account_suspended, saying what the person can still do, and changes nothing', async () => {
    const author = await suspendedAuthor();
    const token = (await signIn(author.email)).body.accessToken as string;
    const group = await newGroup(t, (await newCitizen(t)).token, { visibility: 'open' });
    const refused: [method: 'get' | 'post', path: string, body?: object][] = [
      ['post', '/api/posts', { text: 'Ett nytt inlägg trots avstängningen', priority: 'green', ...MARSTA }],
      ['get', '/api/posts'],
      ['post', '/api/notices', { itemType: 'post', itemId: author.removeId, rule: 'spam', explanation: 'Ett försök att anmäla.' }],
      ['get', '/api/my-notices'],
      ['get', '/api/groups'],
      ['post', '/api/groups', { name: 'Ny grupp', municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna }],
      ['post', `/api/groups/${group.id}/join`],
      ['get', '/api/municipalities'],
      ['get', '/api/moderation-cases'],
      ['get', '/api/users'],
      ['get', '/api/audit-events'],
      ['get', '/api/me/sessions'],
      ['post', '/api/me/mfa'],
      ['post', '/api/verification-applications', {}],
      ['get', '/api/insights/dashboard'],
    ];
    for (const [method, path, body] of refused) {
      const request = t.http[method](path).set(bearer(token));
      const response = await (body ? request.send(body) : request);
      expect([method, path, response.status, response.body.code]).toEqual([method, path, 403, 'account_suspended']);
      expect(response.body.message).toMatch(/suspended.*appeal.*privacy/s);
    }
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM posts WHERE author_id = $1`, [author.id]);
    expect(count).toBe(1);
    expect((await t.db.query(`SELECT 1 FROM group_join_requests WHERE user_id = $1 UNION ALL SELECT 1 FROM group_members WHERE user_id = $1`, [author.id])).length).toBe(0);
  });

  it('keeps the privacy rights: consents, an export to download, and erasure', async () => {
    const author = await suspendedAuthor();
    const token = (await signIn(author.email)).body.accessToken as string;
    expect((await t.http.get('/api/me/consents').set(bearer(token))).status).toBe(200);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(token)).send({ type: 'access' });
    expect(filed.status).toBe(201);
    await eventually(async () =>
      ((await t.http.get('/api/me/privacy-requests').set(bearer(token))).body as { id: string; resultReady: boolean }[]).find((r) => r.id === filed.body.id && r.resultReady),
    );
    const download = await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(token));
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    const erasure = await t.http.post('/api/me/privacy-requests').set(bearer(token)).send({ type: 'erasure', password: PASSWORD });
    expect(erasure.status).toBe(201);
    expect(erasure.body.status).toBe('scheduled');
  });

  it('cannot turn a restricted session into a full one by refreshing while the suspension lasts', async () => {
    const author = await suspendedAuthor();
    const login = (await signIn(author.email)).body as AuthTokens;
    const refreshed = await t.http.post('/api/auth/refresh').send({ refreshToken: login.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.restricted).toBe(true);
    expect(refreshed.body.user.restricted).toBe(true);
    expect(claims(refreshed.body.accessToken).restricted).toBe(true);
    expect(
      (
        await t.http
          .post('/api/posts')
          .set(bearer(refreshed.body.accessToken))
          .send({ text: 'Efter förnyelsen', priority: 'green', ...MARSTA })
      ).status,
    ).toBe(403);
    // Sign-out works as for anyone: the session ends.
    expect((await t.http.post('/api/auth/logout').set(bearer(refreshed.body.accessToken)).send({ refreshToken: refreshed.body.refreshToken })).status).toBe(204);
    expect((await t.http.get('/api/me').set(bearer(refreshed.body.accessToken))).status).toBe(401);
  });

  it('gives a full session at the next sign-in once the suspension is lifted, and ends the restricted one', async () => {
    const author = await suspendedAuthor();
    const restricted = (await signIn(author.email)).body as AuthTokens;
    expect((await t.http.post(`/api/users/${author.id}/reactivate`).set(bearer(owner)).send({ reason: 'Överklagandet gav rätt' })).status).toBe(201);

    expect((await t.http.get('/api/me').set(bearer(restricted.accessToken))).status).toBe(401);
    expect((await t.http.post('/api/auth/refresh').send({ refreshToken: restricted.refreshToken })).status).toBe(401);
    const full = (await signIn(author.email)).body as AuthTokens;
    expect(full.restricted).toBe(false);
    expect(full.user).toMatchObject({ status: 'active', restricted: false, suspendedUntil: null });
    expect(claims(full.accessToken).restricted).toBeUndefined();
    expect(
      (
        await t.http
          .post('/api/posts')
          .set(bearer(full.accessToken))
          .send({ text: 'Tillbaka efter avstängningen', priority: 'green', ...MARSTA })
      ).status,
    ).toBe(201);
  });

  it('lifts a suspension whose time is up at sign-in, without waiting for the lifting job', async () => {
    const author = await suspendedAuthor();
    await t.ownerDb.query(`UPDATE users SET suspended_until = now() - interval '1 minute' WHERE id = $1`, [author.id]);
    const login = (await signIn(author.email)).body as AuthTokens;
    expect(login.restricted).toBe(false);
    expect(login.user.status).toBe('active');
    const [lifted] = await t.db.query(`SELECT reason FROM audit_events WHERE action = $1 AND subject_id = $2`, [AuditAction.UserReactivated, author.id]);
    expect(lifted.reason).toBe('the suspension ended');
  });

  it('gives a suspended staff member, after their second factor, the restricted session and no staff route', async () => {
    const colleague = await newStaff(t, owner, ['moderator']);
    expect((await t.http.post(`/api/users/${colleague.id}/suspend`).set(bearer(owner)).send({ reason: 'Utreds för tjänstefel' })).status).toBe(201);
    // The password alone is not enough, suspended or not: a staff account answers the second step.
    const first = await signIn(colleague.email, colleague.password);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ mfaRequired: true, mfaToken: expect.any(String) });
    const second = await t.http.post('/api/auth/login/mfa').send({ mfaToken: first.body.mfaToken, code: await t.totpFor(colleague.email, colleague.totpSecret) });
    expect(second.status).toBe(200);
    expect(second.body.restricted).toBe(true);
    expect(second.body.user.roles).toEqual(['moderator']);
    const rules = abilityFromPackedRules(second.body.user.rules as PackedRules);
    expect(rules.can(Action.Read, Subject.ModerationCase)).toBe(false);
    expect(rules.can(Action.Decide, Subject.Appeal)).toBe(false);
    const token = second.body.accessToken as string;
    for (const path of ['/api/moderation-cases', '/api/users', '/api/group-interventions', '/api/moderation/dsa-statements', '/api/insights/dashboard']) {
      const response = await t.http.get(path).set(bearer(token));
      expect([path, response.status, response.body.code]).toEqual([path, 403, 'account_suspended']);
    }
    // Their own appeals list is open, and holds only their own (none): not every appeal, as a moderator's would.
    const appeals = await t.http.get('/api/appeals').set(bearer(token));
    expect(appeals.status).toBe(200);
    expect(appeals.body).toEqual([]);
  });

  it('still refuses an erased account', async () => {
    const person = await newCitizen(t);
    await t.ownerDb.query(`UPDATE users SET status = 'erased' WHERE id = $1`, [person.id]);
    const login = await signIn(person.email);
    expect(login.status).toBe(401);
    expect(login.body.code).toBe('wrong_credentials');
  });
});
