import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_GROUPS, demoId } from '../src/demo/demo-groups.seed.js';
import { seedDemoData } from '../src/demo/demo-seed.service.js';
import { bearer, demo } from './support/demo.js';
import { TEST_DEMO_PASSWORD } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('The demo seed', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const count = async (sql: string): Promise<number> => Number((await t.db.query(sql))[0].n);

  it('holds a neighbourhood watch of over 100 members and a dozen groups in Strängnäs', async () => {
    const watch = await t.http.get(`/api/groups/${demoId(DEMO_GROUPS.marstaWatch.key)}`).set(bearer((await t.signIn(demo.owner.email)).accessToken));
    expect(watch.body).toMatchObject({ name: 'Grannsamverkan Märsta', visibility: 'open' });
    expect(watch.body.memberCount).toBeGreaterThan(100);
    expect(await count(`SELECT count(*) AS n FROM groups g JOIN municipalities m ON m.id = g.municipality_id WHERE m.code = '0486'`)).toBeGreaterThanOrEqual(12);
  });

  it('lets the demo citizen own a locked group in Gamla stan with join requests waiting', async () => {
    const citizen = (await t.signIn(demo.citizenSigtuna.email)).accessToken;
    const group = await t.http.get(`/api/groups/${demoId(DEMO_GROUPS.storaNygatan.key)}`).set(bearer(citizen));
    expect(group.body).toMatchObject({ name: 'Stora Nygatan grannar', visibility: 'locked', myRole: 'owner' });
    expect(group.body.pendingRequestCount).toBeGreaterThanOrEqual(3);
  });

  it('spreads public posts with about half yellow and 15 % red, mostly in the daytime', async () => {
    const total = await count(`SELECT count(*) AS n FROM posts WHERE group_id IS NULL`);
    const yellow = await count(`SELECT count(*) AS n FROM posts WHERE priority = 'yellow'`);
    const red = await count(`SELECT count(*) AS n FROM posts WHERE priority = 'red'`);
    const daytime = await count(`SELECT count(*) AS n FROM posts WHERE extract(hour FROM created_at) BETWEEN 11 AND 19`);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(yellow / total).toBeGreaterThan(0.4);
    expect(yellow / total).toBeLessThan(0.6);
    expect(red / total).toBeGreaterThan(0.1);
    expect(red / total).toBeLessThan(0.2);
    expect(daytime / total).toBeGreaterThan(0.6);
  });

  it('changes nothing when it runs again', async () => {
    const tables = ['users', 'groups', 'group_members', 'group_join_requests', 'posts'];
    const before = await Promise.all(tables.map((table) => count(`SELECT count(*) AS n FROM ${table}`)));
    await seedDemoData(t.db, TEST_DEMO_PASSWORD);
    expect(await Promise.all(tables.map((table) => count(`SELECT count(*) AS n FROM ${table}`)))).toEqual(before);
  });
});
