import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotificationsService } from '../src/notify/notifications.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Person = { id: string; token: string };
type Notice = { id: string; kind: string; payload: Record<string, unknown>; readAt: string | null };

describe(NotificationsService.name, () => {
  let t: TestApp;
  let moderator: Person;

  beforeAll(async () => {
    t = await createTestApp();
    moderator = { id: demo.moderator.id, token: (await t.signIn(demo.moderator.email)).accessToken };
  });
  afterAll(() => t.close());

  const publicPost = async (author: Person, text: string) =>
    (
      await t.http
        .post('/api/posts')
        .set(bearer(author.token))
        .send({ text, priority: 'green', ...MARSTA })
    ).body as { id: string };
  const report = (reporter: Person, itemType: string, itemId: string, rule = 'commercial') =>
    t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType, itemId, rule, explanation: 'Detta bryter mot uppförandekoden.' });
  const queueRow = async (token: string, itemId: string) => {
    const list = await t.http
      .get('/api/moderation-cases')
      .query({ filter: JSON.stringify({ status: 'open' }), sort: '["priority","DESC"]', range: '[0,499]' })
      .set(bearer(token));
    expect(list.status).toBe(200);
    return (list.body as { itemId: string; id: string; version: number; preview?: Record<string, unknown> }[]).find((c) => c.itemId === itemId);
  };
  const mine = async (person: Person, filter: Record<string, unknown> = {}) => {
    const answer = await t.http
      .get('/api/me/notifications')
      .query({ filter: JSON.stringify(filter), range: '[0,99]' })
      .set(bearer(person.token));
    expect(answer.status).toBe(200);
    return { rows: answer.body as Notice[], total: Number(String(answer.headers['content-range']).split('/')[1]) };
  };

  it('shows in the queue row what was reported: the first lines, the author and the place, for the cases the moderator handles', async () => {
    const author = await newCitizen(t, 'Cykel Säljare');
    const text = 'Säljer cyklar billigt!\nRing mig på kvällen.\nBara kontant.\nFjärde raden syns inte i kön.';
    const post = await publicPost(author, text);
    await report(await newCitizen(t), 'post', post.id);
    const row = await queueRow(moderator.token, post.id);
    expect(row?.preview).toEqual({
      text: 'Säljer cyklar billigt!\nRing mig på kvällen.\nBara kontant.…',
      hasImage: false,
      authorName: 'Cykel Säljare',
      groupName: null,
      municipalityName: 'Sigtuna',
      place: MARSTA,
    });
  });

  it('shows a group’s case, with its text and group name, only to that group’s admins: not to the platform nor to another group’s admin', async () => {
    const owner = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    const member = await newCitizen(t, 'Gruppens Medlem');
    const reporter = await newCitizen(t);
    for (const person of [member, reporter]) await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({});
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(member.token)).send({ text: 'Billiga däck, ring mig' });
    await report(reporter, 'group_message', message.body.id);
    expect((await queueRow(owner.token, message.body.id))?.preview).toMatchObject({ text: 'Billiga däck, ring mig', authorName: 'Gruppens Medlem', groupName: group.name });
    expect(await queueRow(moderator.token, message.body.id)).toBeUndefined();
    const otherAdmin = await newCitizen(t);
    await newGroup(t, otherAdmin.token, { visibility: 'open' });
    expect(await queueRow(otherAdmin.token, message.body.id)).toBeUndefined();
  });

  it('lets a reporter read the outcome, mark it read, and never read anyone else’s notifications (404)', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author, 'Köp mina solglasögon');
    const reporter = await newCitizen(t);
    await report(reporter, 'post', post.id);
    const row = await queueRow(moderator.token, post.id);
    const dismissed = await t.http
      .post(`/api/moderation-cases/${row!.id}/decide`)
      .set(bearer(moderator.token))
      .send({ version: row!.version, actions: [{ type: 'dismiss', statement: 'Inget regelbrott hittades.' }] });
    expect(dismissed.status).toBe(201);

    const unread = await mine(reporter, { unread: true });
    const outcome = unread.rows.find((n) => n.kind === 'moderation.notice_outcome');
    expect(outcome).toMatchObject({ readAt: null, payload: { outcome: 'dismissed', caseId: row!.id } });
    expect(unread.total).toBe(unread.rows.length);

    // Someone else: the author can neither read nor mark the reporter's notification.
    expect((await t.http.get(`/api/me/notifications/${outcome!.id}`).set(bearer(author.token))).status).toBe(404);
    expect((await t.http.post(`/api/me/notifications/${outcome!.id}/read`).set(bearer(author.token))).status).toBe(404);
    expect((await mine(author)).rows.map((n) => n.id)).not.toContain(outcome!.id);
    const [still] = await t.db.query(`SELECT read_at FROM notifications WHERE id = $1`, [outcome!.id]);
    expect(still.read_at).toBeNull();

    const read = await t.http.post(`/api/me/notifications/${outcome!.id}/read`).set(bearer(reporter.token));
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await mine(reporter, { unread: true })).total).toBe(unread.total - 1);
    const all = await t.http.post('/api/me/notifications/read-all').set(bearer(reporter.token));
    expect(all.status).toBe(200);
    expect(all.body.marked).toBe(unread.total - 1);
    expect((await mine(reporter, { unread: true })).total).toBe(0);
    expect((await mine(reporter, { unread: false })).total).toBe(unread.total);
  });

  it('refuses a bad filter or id with a 400 naming it', async () => {
    const person = await newCitizen(t);
    const bad = await t.http
      .get('/api/me/notifications')
      .query({ filter: JSON.stringify({ unread: 'maybe' }) })
      .set(bearer(person.token));
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.message)).toMatch(/unread/);
    expect((await t.http.post('/api/me/notifications/not-a-uuid/read').set(bearer(person.token))).status).toBe(400);
  });

  it('gives the author the statement of reasons in the app without the appeal code, and lets them appeal from it signed in', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author, 'Reklam för min firma, ring nu');
    await report(await newCitizen(t), 'post', post.id);
    const row = await queueRow(moderator.token, post.id);
    await t.http
      .post(`/api/moderation-cases/${row!.id}/decide`)
      .set(bearer(moderator.token))
      .send({ version: row!.version, actions: [{ type: 'remove', rule: 'commercial', statement: 'Reklam hör inte hemma på kartan.' }] });

    const statement = (await mine(author)).rows.find((n) => n.kind === 'moderation.statement');
    expect(statement).toBeDefined();
    expect(JSON.stringify(statement!.payload)).not.toMatch(/appealToken/);
    const [action] = statement!.payload.actions as { actionId: string; type: string; rule: string; statement: string }[];
    expect(action).toMatchObject({ type: 'remove', rule: 'commercial', statement: 'Reklam hör inte hemma på kartan.' });
    const appeal = await t.http.post('/api/appeals').set(bearer(author.token)).send({ actionId: action.actionId, text: 'Det var ett tips om en loppis, inte reklam.' });
    expect(appeal.status).toBe(201);
    expect(appeal.body).toMatchObject({ appellantId: author.id, appellantRole: 'author', status: 'pending' });
  });

  it('asks for the rule when a post is removed from the posts list: without it 400 and nothing changes', async () => {
    const author = await newCitizen(t);
    const post = await publicPost(author, 'Säljer begagnade mobiler');
    const without = await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(moderator.token)).send({ reason: 'Reklam för mobiler.' });
    expect(without.status).toBe(400);
    expect(JSON.stringify(without.body.message)).toMatch(/rule/);
    const bogus = await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(moderator.token)).send({ reason: 'Reklam för mobiler.', rule: 'ugly' });
    expect(bogus.status).toBe(400);
    expect(JSON.stringify(bogus.body.message)).toMatch(/rule/);
    expect((await t.http.get(`/api/posts/${post.id}`).set(bearer(moderator.token))).body.status).toBe('visible');
    expect(await t.db.query(`SELECT 1 FROM moderation_cases WHERE item_id = $1`, [post.id])).toEqual([]);
  });

  it('makes a removal from the posts list a moderation decision: an action, a strike, the statement of reasons in the author’s language, an appeal, the DSA export and the post’s history', async () => {
    const author = await newCitizen(t);
    expect((await t.http.patch('/api/me').set(bearer(author.token)).send({ language: 'en' })).status).toBe(200);
    const post = await publicPost(author, 'Säljer begagnade mobiler');
    const removed = await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(moderator.token)).send({ reason: 'Reklam för mobiler på kartan.', rule: 'commercial' });
    expect(removed.status).toBe(201);
    expect(removed.body.status).toBe('removed');

    const [action] = await t.db.query(
      `SELECT a.id, a.type, a.rule, a.statement, a.decided_by, c.status AS case_status, c.routing FROM moderation_actions a JOIN moderation_cases c ON c.id = a.case_id WHERE c.item_id = $1`,
      [post.id],
    );
    expect(action).toMatchObject({ type: 'remove', rule: 'commercial', statement: 'Reklam för mobiler på kartan.', decided_by: moderator.id, case_status: 'actioned', routing: 'platform' });
    expect(await t.db.query(`SELECT rule FROM moderation_strikes WHERE user_id = $1 AND action_id = $2`, [author.id, action.id])).toEqual([{ rule: 'commercial' }]);
    const statement = (await mine(author)).rows.find((n) => n.kind === 'moderation.statement');
    expect((statement?.payload.actions as { actionId: string }[])[0]).toMatchObject({ actionId: action.id, type: 'remove', rule: 'commercial' });
    const [mail] = await t.db.query(`SELECT language, subject FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id]);
    expect(mail.language).toBe('en');
    const appeal = await t.http.post('/api/appeals').set(bearer(author.token)).send({ actionId: action.id, text: 'It was a tip about a flea market, not an advert.' });
    expect(appeal.status).toBe(201);
    const owner = (await t.signIn(demo.owner.email)).accessToken;
    const exported = await t.http.get('/api/moderation/dsa-statements').set(bearer(owner));
    expect(exported.status).toBe(200);
    expect((exported.body as { puid: string; source_type: string }[]).find((row) => row.puid === action.id)).toMatchObject({ source_type: 'SOURCE_VOLUNTARY' });
    // The post's own trail still says what was done to it, and the case's trail who decided.
    const [audit] = await t.db.query(`SELECT changes FROM audit_events WHERE subject_id = $1 AND action = 'content.removed'`, [post.id]);
    expect(audit.changes.rule).toEqual({ before: null, after: 'commercial' });
    expect((await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(moderator.token)).send({ reason: 'Reklam igen.', rule: 'commercial' })).status).toBe(409);
  });

  it('lets a group’s admin remove a member’s post in the group as a decision in the group’s own queue, and keeps others out', async () => {
    const admin = await newCitizen(t);
    const member = await newCitizen(t);
    const group = await newGroup(t, admin.token, { visibility: 'open' });
    expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(member.token)).send({})).status).toBeLessThan(300);
    const post = (
      await t.http
        .post('/api/posts')
        .set(bearer(member.token))
        .send({ text: 'Köp mina begagnade däck', priority: 'green', groupId: group.id, ...MARSTA })
    ).body as { id: string };
    const outsider = await newCitizen(t);
    expect((await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(outsider.token)).send({ reason: 'Reklam i gruppen.', rule: 'commercial' })).status).toBe(403);
    expect(await t.db.query(`SELECT 1 FROM moderation_cases WHERE item_id = $1`, [post.id])).toEqual([]);

    const removed = await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(admin.token)).send({ reason: 'Reklam hör inte hemma i gruppen.', rule: 'commercial' });
    expect(removed.status).toBe(201);
    const [decided] = await t.db.query(`SELECT c.routing, c.status, a.type, a.decided_by FROM moderation_cases c JOIN moderation_actions a ON a.case_id = c.id WHERE c.item_id = $1`, [post.id]);
    expect(decided).toEqual({ routing: 'group_admins', status: 'actioned', type: 'remove', decided_by: admin.id });
  });

  it('decides the open case of a reported post removed from the posts list, telling its reporter', async () => {
    const post = await publicPost(await newCitizen(t), 'Säljer en bil, ring');
    const reporter = await newCitizen(t);
    expect((await report(reporter, 'post', post.id)).status).toBe(201);
    const row = await queueRow(moderator.token, post.id);
    expect((await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(moderator.token)).send({ reason: 'Reklam för en bil.', rule: 'commercial' })).status).toBe(201);
    expect(await t.db.query(`SELECT id, status FROM moderation_cases WHERE item_id = $1`, [post.id])).toEqual([{ id: row!.id, status: 'actioned' }]);
    expect((await mine(reporter)).rows.find((n) => n.kind === 'moderation.notice_outcome')?.payload).toMatchObject({ caseId: row!.id, outcome: 'actioned' });
  });

  it('lists the cases about one post in any state, for the post’s page', async () => {
    const post = await publicPost(await newCitizen(t), 'Säljer en soffa');
    await report(await newCitizen(t), 'post', post.id);
    const row = await queueRow(moderator.token, post.id);
    await t.http
      .post(`/api/moderation-cases/${row!.id}/decide`)
      .set(bearer(moderator.token))
      .send({ version: row!.version, actions: [{ type: 'dismiss', statement: 'Inget regelbrott hittades.' }] });
    const cases = await t.http
      .get('/api/moderation-cases')
      .query({ filter: JSON.stringify({ itemId: post.id }) })
      .set(bearer(moderator.token));
    expect(cases.body).toEqual([expect.objectContaining({ id: row!.id, status: 'dismissed' })]);
  });
});
