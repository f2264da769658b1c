import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { QueueCounts } from '../src/moderation/queue-counts.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Person = { id: string; token: string };

describe(QueueCounts.name, () => {
  let t: TestApp;
  let owner: string;
  let moderator: string;

  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(() => t.close());

  const totalOf = async (token: string, filter: Record<string, unknown> = {}) => {
    const page = await t.http
      .get('/api/moderation-cases')
      .query({ filter: JSON.stringify(filter), range: '[0,4]' })
      .set(bearer(token));
    expect(page.status).toBe(200);
    return Number(String(page.headers['content-range']).split('/')[1]);
  };
  const openInDatabase = async (where: string, params: unknown[] = []) => Number((await t.db.query(`SELECT count(*) AS n FROM moderation_cases WHERE status = 'open' AND ${where}`, params))[0].n);
  const report = (reporter: Person, itemType: string, itemId: string, rule = 'commercial') =>
    t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType, itemId, rule, explanation: 'Detta bryter mot uppförandekoden.' });

  /** Each caller's plain queue total is exactly what counting their open cases gives. */
  const expectExactTotals = async (groupOwner: Person, groupId: string) => {
    expect(await totalOf(moderator)).toBe(await openInDatabase(`routing = 'platform'`));
    expect(await totalOf(groupOwner.token)).toBe(await openInDatabase(`routing = 'group_admins' AND group_id = $1`, [groupId]));
    expect(await totalOf(owner)).toBe(await openInDatabase('true'));
    // The same total through the counted path and the filtered (row-counting) path.
    expect(await totalOf(moderator)).toBe(await totalOf(moderator, { routing: 'platform' }));
  };

  it('keeps every queue’s total exact as cases open, merge, move between queues and close, and after folding', async () => {
    const author = await newCitizen(t);
    const groupOwner = await newCitizen(t);
    const group = await newGroup(t, groupOwner.token, { visibility: 'open' });
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(author.token)).send({});
    const [first, second] = [await newCitizen(t), await newCitizen(t)];
    await expectExactTotals(groupOwner, group.id);
    const before = { platform: await totalOf(moderator), group: await totalOf(groupOwner.token) };

    const posts = [];
    for (const text of ['Köp solglasögon på torget!', 'Billiga däck hos mig', 'Rösta på partiet']) {
      posts.push(
        (
          await t.http
            .post('/api/posts')
            .set(bearer(author.token))
            .send({ text, priority: 'green', ...MARSTA })
        ).body.id as string,
      );
    }
    for (const post of posts) expect((await report(first, 'post', post)).status).toBe(201);
    // A second notice on the same item merges into its case: no new case, no new count.
    expect((await report(second, 'post', posts[0], 'spam')).status).toBe(201);
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(author.token)).send({ text: 'Ni är idioter allihop' });
    expect((await report(first, 'group_message', message.body.id, 'tone')).status).toBe(201);
    expect(await totalOf(moderator)).toBe(before.platform + 3);
    expect(await totalOf(groupOwner.token)).toBe(before.group + 1);
    await expectExactTotals(groupOwner, group.id);

    // The group's admins hand their case to the platform: it leaves their queue and enters the platform's.
    const groupCase = (await t.db.query(`SELECT id FROM moderation_cases WHERE item_id = $1`, [message.body.id]))[0].id;
    expect((await t.http.post(`/api/moderation-cases/${groupCase}/escalate`).set(bearer(groupOwner.token)).send({ reason: 'Vi klarar inte detta själva' })).status).toBe(201);
    expect(await totalOf(groupOwner.token)).toBe(before.group);
    expect(await totalOf(moderator)).toBe(before.platform + 4);

    // Deciding closes a case; bulk dismissal closes several in one transaction.
    const cases: { id: string; version: number }[] = await t.db.query(`SELECT id, version FROM moderation_cases WHERE item_id = ANY($1) ORDER BY id`, [posts]);
    const decided = await t.http
      .post(`/api/moderation-cases/${cases[0].id}/decide`)
      .set(bearer(moderator))
      .send({ version: cases[0].version, actions: [{ type: 'remove', rule: 'commercial', statement: 'Reklam hör inte hemma på kartan.' }] });
    expect(decided.status).toBe(201);
    const bulk = await t.http
      .post('/api/moderation-cases/bulk-dismiss')
      .set(bearer(moderator))
      .send({ caseIds: [cases[1].id, cases[2].id], statement: 'Inget regelbrott vid granskning.' });
    expect(bulk.status).toBe(201);
    expect(await totalOf(moderator)).toBe(before.platform + 1);
    await expectExactTotals(groupOwner, group.id);

    await t.app.get(QueueCounts).fold();
    const rows: { scope: string; n: string }[] = await t.db.query(`SELECT scope, count(*) AS n FROM moderation_queue_counts GROUP BY scope HAVING count(*) > 1`);
    expect(rows).toEqual([]);
    await expectExactTotals(groupOwner, group.id);
    // A fold with nothing changed rewrites nothing (each run used to rewrite every queue's row).
    const ids = async () => (await t.db.query(`SELECT id FROM moderation_queue_counts ORDER BY id`)).map((row: { id: string }) => row.id);
    const settled = await ids();
    await t.app.get(QueueCounts).fold();
    expect(await ids()).toEqual(settled);
  });

  it('keeps totals exact when many reports open cases at the same moment, folding meanwhile', async () => {
    const author = await newCitizen(t);
    const reporters = await Promise.all(Array.from({ length: 6 }, () => newCitizen(t)));
    const posts: string[] = [];
    for (let i = 0; i < 6; i++)
      posts.push(
        (
          await t.http
            .post('/api/posts')
            .set(bearer(author.token))
            .send({ text: `Reklam nummer ${i}`, priority: 'green', ...MARSTA })
        ).body.id,
      );
    const before = await totalOf(moderator);
    // Every reporter reports every post at once: six new cases, thirty merges, racing each other and a fold.
    const results = await Promise.all([...reporters.flatMap((reporter) => posts.map((post) => report(reporter, 'post', post))), t.app.get(QueueCounts).fold()]);
    expect(
      results
        .slice(0, -1)
        .map((response) => (response as { status: number }).status)
        .every((status) => status === 201),
    ).toBe(true);
    expect(await totalOf(moderator)).toBe(before + posts.length);
    expect(await totalOf(moderator)).toBe(await openInDatabase(`routing = 'platform'`));
  });
});
