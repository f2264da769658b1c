import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { swedishDay } from '@samverka/shared';
import { seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { CasesService, ESCALATION_BATCH } from '../src/moderation/cases.service.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { dsaExportProblems } from '../src/moderation/dsa-statement-rules.js';
import { Notification } from '../src/notify/notification.entity.js';
import { capturedMail } from './support/captured-mail.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup, newStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Person = { id: string; token: string };

describe('Code-of-conduct reports and moderation', () => {
  let t: TestApp;
  let owner: string;
  let moderator: Person;
  let secondModerator: Person;

  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
    const signedIn = await t.signIn(demo.moderator.email);
    moderator = { id: demo.moderator.id, token: signedIn.accessToken };
    secondModerator = await newStaff(t, owner, ['moderator']);
  });
  afterAll(() => t.close());

  const publicPost = async (author: Person, text = 'Köp billiga solglasögon på torget!', priority = 'green') =>
    (
      await t.http
        .post('/api/posts')
        .set(bearer(author.token))
        .send({ text, priority, ...MARSTA })
    ).body as { id: string };
  const report = (reporter: Person, itemType: string, itemId: string, rule = 'commercial', extra: Record<string, unknown> = {}) =>
    t.http
      .post('/api/notices')
      .set(bearer(reporter.token))
      .send({ itemType, itemId, rule, explanation: 'Detta bryter mot uppförandekoden.', ...extra });
  const caseOf = async (token: string, itemId: string) => {
    const list = await t.http
      .get('/api/moderation-cases')
      .query({ filter: JSON.stringify({}), range: '[0,499]' })
      .set(bearer(token));
    return (list.body as { itemId: string; id: string; version: number }[]).find((c) => c.itemId === itemId);
  };
  const detail = async (token: string, caseId: string) => (await t.http.get(`/api/moderation-cases/${caseId}`).set(bearer(token))).body;
  const notified = (userId: string, kind: string) => t.db.manager.findBy(Notification, { userId, kind });

  it('acknowledges each notice at once and merges notices on one item into one case', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author);
    const [a, b] = [await newCitizen(t), await newCitizen(t)];
    const first = await report(a, 'post', post.id, 'commercial');
    expect(first.status).toBe(201);
    expect(first.body.outcome).toBe('pending');
    expect(await notified(a.id, 'moderation.notice_received')).toHaveLength(1);
    await report(b, 'post', post.id, 'spam');
    expect((await report(a, 'post', post.id, 'tone')).status).toBe(409);

    const c = await caseOf(moderator.token, post.id);
    expect(c).toMatchObject({ noticeCount: 2, reporterCount: 2, routing: 'platform', status: 'open' });
    expect((c as unknown as { rules: string[] }).rules.sort()).toEqual(['commercial', 'spam']);
    expect(first.body.caseId).toBe(c!.id);
    const mine = await t.http.get('/api/my-notices').set(bearer(a.token));
    expect(mine.body).toEqual([expect.objectContaining({ id: first.body.id, outcome: 'pending' })]);
  });

  it('answers the same report sent twice at once (a double click) with one notice and one 409, never a 500', async () => {
    const post = await publicPost(await newCitizen(t));
    const reporter = await newCitizen(t);
    const answers = await Promise.all([report(reporter, 'post', post.id, 'tone'), report(reporter, 'post', post.id, 'tone'), report(reporter, 'post', post.id, 'spam')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
    const c = await caseOf(moderator.token, post.id);
    expect(c).toMatchObject({ noticeCount: 1, reporterCount: 1 });
  });

  it('refuses an illegal notice without a legal ground and good-faith confirmation, and reports of one’s own content', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author);
    const reporter = await newCitizen(t);
    const missing = await report(reporter, 'post', post.id, 'illegal');
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/legalGround/);
    expect((await report(author, 'post', post.id, 'spam')).status).toBe(400);
  });

  it('routes group content to the group’s admins, who escalate it by hand; threats go to the platform at once', async () => {
    const groupOwner = await newCitizen(t);
    const group = await newGroup(t, groupOwner.token, { visibility: 'open' });
    const member = await newCitizen(t);
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(member.token)).send({});
    const rude = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(member.token)).send({ text: 'Ni är idioter allihop' });
    const reporter = await newCitizen(t);
    await report(reporter, 'group_message', rude.body.id, 'tone');

    const forAdmins = await caseOf(groupOwner.token, rude.body.id);
    expect(forAdmins).toMatchObject({ routing: 'group_admins', groupId: group.id });
    expect(await caseOf(moderator.token, rude.body.id)).toBeUndefined();
    const other = await newCitizen(t);
    expect((await t.http.get(`/api/moderation-cases/${forAdmins!.id}`).set(bearer(other.token))).status).toBe(403);

    const escalated = await t.http.post(`/api/moderation-cases/${forAdmins!.id}/escalate`).set(bearer(groupOwner.token)).send({ reason: 'Vi klarar inte detta själva' });
    expect(escalated.body).toMatchObject({ routing: 'platform', escalationReason: 'manual' });
    expect(await caseOf(moderator.token, rude.body.id)).toBeDefined();

    const threat = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(member.token)).send({ text: 'Jag vet var du bor' });
    await report(reporter, 'group_message', threat.body.id, 'threat');
    expect(await caseOf(moderator.token, threat.body.id)).toMatchObject({ routing: 'platform', escalationReason: 'severity' });
  });

  it('escalates a case the group’s admins leave untouched for 72 hours', async () => {
    const groupOwner = await newCitizen(t);
    const group = await newGroup(t, groupOwner.token, { visibility: 'open' });
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(groupOwner.token)).send({ text: 'Rösta på partiet i helgen' });
    const reporter = await newCitizen(t);
    const notice = await report(reporter, 'group_message', message.body.id, 'political');
    await t.db.query(`UPDATE moderation_cases SET created_at = now() - interval '73 hours' WHERE id = $1`, [notice.body.caseId]);
    const escalated = await t.app.get(CasesService).escalateOverdue();
    expect(escalated).toBeGreaterThanOrEqual(1);
    expect(await t.app.get(CasesService).escalateOverdue()).toBe(0);
    expect(await caseOf(moderator.token, message.body.id)).toMatchObject({ routing: 'platform', escalationReason: 'timeout' });
  });

  it('escalates a backlog larger than one batch completely, one audited escalation per case', async () => {
    const groupOwner = await newCitizen(t);
    const group = await newGroup(t, groupOwner.token, { visibility: 'open' });
    const backlog = ESCALATION_BATCH + 7;
    await t.db.query(
      `INSERT INTO moderation_cases (item_type, item_id, group_id, routing, first_notice_at, last_notice_at, created_at)
       SELECT 'group_message', gen_random_uuid(), $1, 'group_admins', now() - interval '80 hours', now() - interval '80 hours', now() - interval '80 hours' FROM generate_series(1, $2)`,
      [group.id, backlog],
    );
    expect(await t.app.get(CasesService).escalateOverdue()).toBe(backlog);
    const [left] = await t.db.query(`SELECT count(*)::int AS n FROM moderation_cases WHERE group_id = $1 AND routing = 'group_admins' AND status = 'open'`, [group.id]);
    expect(left.n).toBe(0);
    const [audited] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_events e JOIN moderation_cases c ON c.id::text = e.subject_id WHERE c.group_id = $1 AND e.action = 'moderation.case_escalated'`,
      [group.id],
    );
    expect(audited.n).toBe(backlog);
    // Out of the moderators' queue again: the tests below look their cases up in it.
    await t.db.query(`DELETE FROM moderation_cases WHERE group_id = $1`, [group.id]);
  });

  it('hides an item automatically when three people report it for the same rule, and shows it again on dismissal', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author, 'Polisen har gripit fel person, sprid!', 'yellow');
    const reporters = [await newCitizen(t), await newCitizen(t), await newCitizen(t)];
    // Only established accounts count towards hiding (moderation-safeguards.e2e-spec.ts).
    await t.db.query(`UPDATE users SET created_at = now() - interval '30 days' WHERE id = ANY($1)`, [reporters.map((reporter) => reporter.id)]);
    for (const reporter of reporters.slice(0, 2)) await report(reporter, 'post', post.id, 'misinformation');
    expect((await t.http.get(`/api/posts/${post.id}`).set(bearer(author.token))).body.status).toBe('visible');
    await report(reporters[2], 'post', post.id, 'misinformation');
    expect((await t.http.get(`/api/posts/${post.id}`).set(bearer(author.token))).body.status).toBe('hidden');

    const c = await caseOf(moderator.token, post.id);
    const view = await detail(moderator.token, c!.id);
    expect(view.autoHidden).toBe(true);
    expect(view.actions).toEqual([expect.objectContaining({ type: 'hide', automated: true, decidedBy: null })]);
    expect(await notified(author.id, 'moderation.statement')).toHaveLength(1);

    const dismissed = await t.http
      .post(`/api/moderation-cases/${c!.id}/decide`)
      .set(bearer(moderator.token))
      .send({ version: view.version, actions: [{ type: 'dismiss', statement: 'Uppgiften stämmer enligt polisens pressmeddelande.' }] });
    expect(dismissed.body.status).toBe('dismissed');
    expect((await t.http.get(`/api/posts/${post.id}`).set(bearer(author.token))).body.status).toBe('visible');
    const outcome = await notified(reporters[0].id, 'moderation.notice_outcome');
    expect(outcome[0].payload).toMatchObject({ outcome: 'dismissed' });
  });

  it('hides an item at once when a verified police officer reports a threat, and weighs the notice', async () => {
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    const officer = await t.signIn(demo.officerSigtuna.email);
    const me = await t.http.get('/api/me').set(bearer(officer.accessToken));
    expect(me.body.organisations).toEqual([expect.objectContaining({ title: 'Kommunpolis' })]);
    const author = await newCitizen(t);
    const post = await publicPost(author, 'Jag ska spränga stationen i morgon', 'red');
    const notice = await report({ id: demo.officerSigtuna.id, token: officer.accessToken }, 'post', post.id, 'threat');
    expect(notice.body.reporterKind).toBe('verified_police');
    expect((await t.http.get(`/api/posts/${post.id}`).set(bearer(author.token))).body.status).toBe('hidden');
    const c = await caseOf(moderator.token, post.id);
    expect((c as unknown as { scoreParts: { name: string }[] }).scoreParts.map((part) => part.name)).toEqual(expect.arrayContaining(['severity', 'red_post', 'verified_reporter']));
  });

  it('shows who holds a claim, and gives the second of two simultaneous decisions a 409', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author);
    const reporter = await newCitizen(t);
    await report(reporter, 'post', post.id, 'commercial');
    const c = await caseOf(moderator.token, post.id);

    const claimed = await t.http.post(`/api/moderation-cases/${c!.id}/claim`).set(bearer(moderator.token));
    expect(claimed.body.claimedBy).toBe(moderator.id);
    expect((await t.http.post(`/api/moderation-cases/${c!.id}/claim`).set(bearer(secondModerator.token))).status).toBe(409);
    await t.http.post(`/api/moderation-cases/${c!.id}/release`).set(bearer(moderator.token));

    const decision = { version: c!.version, actions: [{ type: 'remove', rule: 'commercial', statement: 'Reklam är inte tillåten på kartan.' }] };
    const [one, two] = await Promise.all([
      t.http.post(`/api/moderation-cases/${c!.id}/decide`).set(bearer(moderator.token)).send(decision),
      t.http.post(`/api/moderation-cases/${c!.id}/decide`).set(bearer(secondModerator.token)).send(decision),
    ]);
    expect([one.status, two.status].sort()).toEqual([201, 409]);
    const loser = one.status === 409 ? one : two;
    expect(loser.body.message).toMatch(/already actioned/);
    expect((await detail(moderator.token, c!.id)).actions).toHaveLength(1);
  });

  it('takes every kind of action, tells the author the statement of reasons and each reporter the outcome', async () => {
    const groupOwner = await newCitizen(t);
    const group = await newGroup(t, groupOwner.token, { visibility: 'locked' });
    const author = await newCitizen(t, 'Arne Author');
    const asked = await t.http.post(`/api/groups/${group.id}/join`).set(bearer(author.token)).send({});
    await t.http.post(`/api/group-join-requests/${asked.body.requestId}/approve`).set(bearer(groupOwner.token)).send({});
    const reporter = await newCitizen(t);
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(reporter.token)).send({});
    const reqs = await t.http
      .get('/api/group-join-requests')
      .query({ filter: JSON.stringify({ groupId: group.id, status: 'pending' }) })
      .set(bearer(groupOwner.token));
    await t.http.post(`/api/group-join-requests/${reqs.body[0].id}/approve`).set(bearer(groupOwner.token)).send({});
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(author.token)).send({ text: 'Vi ses i kväll, ta med basebollträn' });
    await report(reporter, 'group_message', message.body.id, 'threat');
    const c = await caseOf(moderator.token, message.body.id);

    const actions = [
      { type: 'remove', rule: 'threat', statement: 'Uppmaning till våld är inte tillåten.', facts: 'Meddelandet uppmanar till att ta med tillhyggen.' },
      { type: 'warn', rule: 'threat', statement: 'Du varnas för hot i gruppen.' },
      { type: 'suspend', rule: 'threat', statement: 'Kontot stängs av i sju dagar.', durationDays: 7 },
      { type: 'group_ban', rule: 'threat', statement: 'Du stängs av från gruppen i 30 dagar.', durationDays: 30 },
      { type: 'lock_group', rule: 'threat', statement: 'Gruppen låses under utredning.' },
      { type: 'refer_police', rule: 'threat', statement: 'Ärendet har anmälts till polisen.', policeReference: '5000-K123456-26' },
    ];
    const decided = await t.http.post(`/api/moderation-cases/${c!.id}/decide`).set(bearer(moderator.token)).send({ version: c!.version, actions });
    expect(decided.status).toBe(201);
    expect(decided.body.status).toBe('actioned');

    const statement = (await notified(author.id, 'moderation.statement'))[0];
    expect((statement.payload.actions as { type: string }[]).map((action) => action.type)).toEqual(actions.map((action) => action.type));
    expect(statement.payload).toMatchObject({ appealUntil: expect.any(String), howToAppeal: expect.stringContaining('appeals') });
    expect((await notified(reporter.id, 'moderation.notice_outcome'))[0].payload).toMatchObject({ outcome: 'actioned' });

    // Suspended, the author signs in to a restricted session only (see suspended-session.e2e-spec.ts).
    const suspendedLogin = await t.http.post('/api/auth/login').send({ email: (await t.db.query(`SELECT email FROM users WHERE id = $1`, [author.id]))[0].email, password: 'a password long enough' });
    expect(suspendedLogin.body.restricted).toBe(true);
    expect((await t.http.get(`/api/groups/${group.id}`).set(bearer(groupOwner.token))).body.lockedByPlatform).toBe(true);
    const bans = await t.http
      .get('/api/group-bans')
      .query({ filter: JSON.stringify({ groupId: group.id }) })
      .set(bearer(groupOwner.token));
    expect(bans.body).toEqual([expect.objectContaining({ userId: author.id, active: true })]);
    const view = await detail(moderator.token, c!.id);
    expect(view.context.strikes.filter((strike: { active: boolean }) => strike.active)).toHaveLength(3);
    expect(view.actions.find((action: { type: string }) => action.type === 'refer_police').policeReference).toBe('5000-K123456-26');
  });

  it('lets a group admin remove content in their group but not suspend accounts', async () => {
    const groupOwner = await newCitizen(t);
    const group = await newGroup(t, groupOwner.token, { visibility: 'open' });
    const member = await newCitizen(t);
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(member.token)).send({});
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(member.token)).send({ text: 'Billiga däck, ring mig' });
    // Another member reports: the admin who reports a case may not decide it.
    const reporter = await newCitizen(t);
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(reporter.token)).send({});
    await report(reporter, 'group_message', message.body.id, 'commercial');
    const c = await caseOf(groupOwner.token, message.body.id);
    const suspend = await t.http
      .post(`/api/moderation-cases/${c!.id}/decide`)
      .set(bearer(groupOwner.token))
      .send({ version: c!.version, actions: [{ type: 'suspend', rule: 'commercial', statement: 'Försöker stänga av kontot.' }] });
    expect(suspend.status).toBe(400);
    const removed = await t.http
      .post(`/api/moderation-cases/${c!.id}/decide`)
      .set(bearer(groupOwner.token))
      .send({ version: c!.version, actions: [{ type: 'remove', rule: 'commercial', statement: 'Reklam hör inte hemma i gruppen.' }] });
    expect(removed.status).toBe(201);
  });

  it('reverses a suspension on appeal by a different moderator, expunging the strike and telling both sides', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author, 'Grannen på nummer 4 heter Sven och är tjuv', 'red');
    const reporter = await newCitizen(t);
    await report(reporter, 'post', post.id, 'personal_data');
    const c = await caseOf(moderator.token, post.id);
    await t.http
      .post(`/api/moderation-cases/${c!.id}/decide`)
      .set(bearer(moderator.token))
      .send({ version: c!.version, actions: [{ type: 'suspend', rule: 'personal_data', statement: 'Utpekande av en namngiven person.', durationDays: 14 }] });
    const actionId = (await detail(moderator.token, c!.id)).actions[0].id;

    // The suspension ended the author's session. The e-mailed statement of reasons carries an
    // appeal code (for appealing without signing in); the in-app one (read signed in) does not.
    expect((await t.http.post('/api/appeals').set(bearer(author.token)).send({ actionId, text: 'Jag nämnde inget efternamn och det var sant.' })).status).toBe(401);
    const statement = (await notified(author.id, 'moderation.statement'))[0];
    expect(JSON.stringify(statement.payload)).not.toMatch(/appealToken/);
    const [mail] = await t.db.query(`SELECT id FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id]);
    const appealToken = (await capturedMail(t.config.mailCaptureDir!, mail.id)).match(/^- Ditt konto stängs av: (\S+)$/m)?.[1];
    expect(appealToken).toBeDefined();
    const appeal = await t.http.post('/api/appeals/with-token').send({ token: appealToken, text: 'Jag nämnde inget efternamn och det var sant.' });
    expect(appeal.status).toBe(201);
    expect(appeal.body).toMatchObject({ appellantId: author.id, appellantRole: 'author', appealed: { type: 'suspend', rule: 'personal_data', decidedBy: moderator.id } });
    expect((await t.http.post('/api/appeals').set(bearer(reporter.token)).send({ actionId, text: 'Jag vill också överklaga detta beslut.' })).status).toBe(403);

    const same = await t.http.post(`/api/appeals/${appeal.body.id}/decide`).set(bearer(moderator.token)).send({ reverse: true, reason: 'Jag ändrar mig om mitt eget beslut.' });
    expect(same.status).toBe(409);
    expect(same.body.code).toBe('same_moderator');
    const reversed = await t.http
      .post(`/api/appeals/${appeal.body.id}/decide`)
      .set(bearer(secondModerator.token))
      .send({ reverse: true, reason: 'Avstängningen var oproportionerlig för ett första fall.' });
    expect(reversed.body.status).toBe('reversed');

    const [{ status }] = await t.db.query(`SELECT status FROM users WHERE id = $1`, [author.id]);
    expect(status).toBe('active');
    const view = await detail(secondModerator.token, c!.id);
    expect(view.actions[0].reversedAt).not.toBeNull();
    expect(view.context.strikes).toEqual([expect.objectContaining({ active: false, expungedReason: expect.stringContaining('reversed') })]);
    expect(await notified(author.id, 'moderation.appeal_decided')).toHaveLength(1);
    expect(await notified(reporter.id, 'moderation.appeal_decided')).toHaveLength(1);
  });

  it('warns a reporter after three manifestly unfounded notices and suspends reporting after five', async () => {
    const serial = await newCitizen(t);
    for (let i = 0; i < 5; i++) {
      const author = await newCitizen(t);
      const post = await publicPost(author, `Helt vanligt inlägg nummer ${i}`);
      const notice = await report(serial, 'post', post.id, 'tone');
      const c = await caseOf(moderator.token, post.id);
      await t.http
        .post(`/api/moderation-cases/${c!.id}/decide`)
        .set(bearer(moderator.token))
        .send({ version: c!.version, actions: [{ type: 'dismiss', statement: 'Inlägget bryter inte mot någon regel.' }], unfoundedNoticeIds: [notice.body.id] });
      if (i === 2) expect(await notified(serial.id, 'moderation.reporter_warning')).toHaveLength(1);
    }
    expect(await notified(serial.id, 'moderation.reporting_suspended')).toHaveLength(1);
    const author = await newCitizen(t);
    const refused = await report(serial, 'post', (await publicPost(author)).id, 'spam');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('reporting_suspended');
  });

  it('exports statements of reasons in the DSA format, with allowed values and no personal data', async () => {
    const response = await t.http.get('/api/moderation/dsa-statements').set(bearer(moderator.token));
    expect(response.status).toBe(200);
    const statements = response.body as Record<string, unknown>[];
    expect(statements.length).toBeGreaterThanOrEqual(3);
    const emails: string[] = (await t.db.query(`SELECT email, display_name FROM users`)).flatMap((row: { email: string; display_name: string }) => [row.email, row.display_name]);
    expect(dsaExportProblems(statements, swedishDay(new Date()))).toEqual([]);
    for (const statement of statements) {
      const text = JSON.stringify(statement);
      expect(text).not.toMatch(/@/);
      for (const personal of emails) expect(text).not.toContain(personal);
    }
    expect((await t.http.get('/api/moderation/dsa-statements').set(bearer((await newCitizen(t)).token))).status).toBe(403);
  });

  it('publishes transparency counts that match what happened', async () => {
    const response = await t.http.get('/api/moderation/transparency');
    expect(response.status).toBe(200);
    const [notices] = await t.db.query(`SELECT count(*)::int AS n FROM moderation_notices`);
    const byRule = Object.values(response.body.noticesByRule as Record<string, number>).reduce((sum, n) => sum + n, 0);
    expect(byRule).toBe(notices.n);
    expect(response.body.noticesByRule.misinformation).toBe(3);
    expect(response.body.automatedActions).toBe(2);
    expect(response.body.appeals).toEqual({ received: 1, decided: 1, reversed: 1 });
    expect(response.body.reportingSuspensions).toBe(1);
    expect(response.body.medianHoursToFirstAction).toEqual(expect.any(Number));
    const csv = await t.http.get('/api/moderation/transparency').query({ format: 'csv' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('notices_by_rule,misinformation,3');
    expect((await t.http.get('/api/moderation/transparency').query({ from: 'yesterday' })).status).toBe(400);
  });
});
