import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { RollupsService } from '../src/insights/rollups.service.js';
import { requestDueAt } from '../src/privacy/request-deadlines.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Around the end of summer time in Sweden (2026-10-25 03:00 CEST became 02:00 CET). */
const KNOWN_POSTS: [string, 'green' | 'yellow' | 'red', string][] = [
  ['2026-10-24T21:59:00Z', 'green', SEEDED_MUNICIPALITY_IDS.sigtuna], // 24 Oct 23:59 CEST
  ['2026-10-24T22:30:00Z', 'yellow', SEEDED_MUNICIPALITY_IDS.sigtuna], // 25 Oct 00:30 CEST
  ['2026-10-25T00:30:00Z', 'red', SEEDED_MUNICIPALITY_IDS.sigtuna], // 25 Oct 02:30 CEST
  ['2026-10-25T01:30:00Z', 'yellow', SEEDED_MUNICIPALITY_IDS.sigtuna], // 25 Oct 02:30 CET, the hour that happens twice
  ['2026-10-25T10:15:00Z', 'yellow', SEEDED_MUNICIPALITY_IDS.sigtuna], // 25 Oct 11:15 CET
  ['2026-10-25T23:10:00Z', 'green', SEEDED_MUNICIPALITY_IDS.sigtuna], // 26 Oct 00:10 CET
  ['2026-10-25T10:00:00Z', 'red', SEEDED_MUNICIPALITY_IDS.strangnas], // another municipality
];
const PERIOD = { from: '2026-10-24', to: '2026-10-26' };

describe('Dashboards and their rollups', () => {
  let t: TestApp;
  let sigtuna: string;
  beforeAll(async () => {
    t = await createTestApp();
    const author = demo.citizenSigtuna.id;
    for (const [at, priority, municipality] of KNOWN_POSTS) {
      await t.db.query(`INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, created_at) VALUES ($1, 'Känt inlägg', $2, 59.6, 17.85, $3, $4)`, [
        author,
        priority,
        municipality,
        at,
      ]);
    }
    await t.app.get(RollupsService).refresh();
    sigtuna = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
  });
  afterAll(() => t.close());

  const chart = (token: string, name: string, query: Record<string, string> = PERIOD) => t.http.get(`/api/insights/charts/${name}`).query(query).set(bearer(token));

  it('counts posts per Swedish day and priority', async () => {
    const response = await chart(sigtuna, 'posts-per-day');
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      { day: '2026-10-24', green: 1, yellow: 0, red: 0 },
      { day: '2026-10-25', green: 0, yellow: 3, red: 1 },
      { day: '2026-10-26', green: 1, yellow: 0, red: 0 },
    ]);
  });

  it('buckets posts by Swedish hour of day across the change from summer time, in 24 bars', async () => {
    const response = await chart(sigtuna, 'posts-by-hour');
    expect(response.body).toHaveLength(24);
    const nonEmpty = (response.body as { hour: number; green: number; yellow: number; red: number }[]).filter((bar) => bar.green + bar.yellow + bar.red > 0);
    expect(nonEmpty).toEqual([
      { hour: 0, green: 1, yellow: 1, red: 0 },
      { hour: 2, green: 0, yellow: 1, red: 1 },
      { hour: 11, green: 0, yellow: 1, red: 0 },
      { hour: 23, green: 1, yellow: 0, red: 0 },
    ]);
  });

  it('keeps a Sigtuna coordinator’s dashboard free of Strängnäs', async () => {
    const total = (rows: { green: number; yellow: number; red: number }[]) => rows.reduce((sum, row) => sum + row.green + row.yellow + row.red, 0);
    expect(total((await chart(sigtuna, 'posts-per-day')).body)).toBe(6);
    const owner = (await t.signIn(demo.owner.email)).accessToken;
    expect(total((await chart(owner, 'posts-per-day')).body)).toBe(7);
    const refused = await chart(sigtuna, 'posts-per-day', { ...PERIOD, municipalityId: SEEDED_MUNICIPALITY_IDS.strangnas });
    expect(refused.status).toBe(403);
    const points = await chart(sigtuna, 'map-points');
    expect((points.body as { priority: string }[]).map((point) => point.priority).sort()).toEqual(['red', 'yellow', 'yellow', 'yellow']);
  });

  it('recomputes only the days that changed', async () => {
    const rollups = t.app.get(RollupsService);
    await rollups.refresh();
    const dirty = async () => Number((await t.db.query(`SELECT count(*) AS n FROM insight_dirty_days`))[0].n);
    expect(await dirty()).toBe(0);
    // A marker on 24 October: if that day were recomputed, the marker would be gone.
    await t.db.query(`UPDATE insight_post_hours SET green = 99 WHERE municipality_id = $1 AND day = '2026-10-24'`, [SEEDED_MUNICIPALITY_IDS.sigtuna]);
    await t.db.query(`INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, created_at) VALUES ($1, 'Sent', 'red', 59.6, 17.85, $2, '2026-10-25T12:00:00Z')`, [
      demo.citizenSigtuna.id,
      SEEDED_MUNICIPALITY_IDS.sigtuna,
    ]);
    // Only the new post's day is dirty; the job on its schedule may take it before this call does.
    expect(await dirty()).toBe(1);
    expect((await rollups.refresh()).days).toBeLessThanOrEqual(1);
    expect(await dirty()).toBe(0);
    const days = (await chart(sigtuna, 'posts-per-day')).body as { day: string; green: number; red: number }[];
    expect(days.find((day) => day.day === '2026-10-24')?.green).toBe(99);
    expect(days.find((day) => day.day === '2026-10-25')?.red).toBe(2);
  });

  it('answers every chart as CSV too', async () => {
    const csv = await chart(sigtuna, 'posts-per-day', { ...PERIOD, format: 'csv' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('day,green,yellow,red');
  });

  it('shows each role its own dashboard, and refuses charts that are not on it', async () => {
    const moderator = (await t.signIn(demo.moderator.email)).accessToken;
    expect((await t.http.get('/api/insights/dashboard').set(bearer(moderator))).body.charts).toEqual(['open-cases', 'moderation-speed', 'overdue-cases', 'appeals', 'misuse']);
    await t.db.query(`INSERT INTO moderation_cases (item_type, item_id, routing, municipality_id, base_priority) VALUES ('user', $1, 'platform', $2, 70)`, [
      demo.citizenSigtuna.id,
      SEEDED_MUNICIPALITY_IDS.strangnas,
    ]);
    const open = await chart(moderator, 'open-cases');
    expect(open.body).toEqual([{ routing: 'platform', priority: 'high', cases: 1 }]);
    expect((await chart(sigtuna, 'open-cases')).status).toBe(403);
    expect((await chart(sigtuna, 'no-such-chart')).status).toBe(400);
    const citizen = (await t.signIn(demo.citizenSigtuna.email)).accessToken;
    expect((await t.http.get('/api/insights/dashboard').set(bearer(citizen))).status).toBe(403);
    const owner = (await t.signIn(demo.owner.email)).accessToken;
    const side = await chart(owner, 'municipalities');
    expect((side.body as { name: string; posts: number }[]).find((row) => row.name === 'Strängnäs')?.posts).toBe(1);
    // Received 40 days ago, so overdue on any day of the year (its due date as the product computes it).
    const receivedAt = new Date(Date.now() - 40 * 86_400_000);
    await t.db.query(`INSERT INTO privacy_requests (subject_id, type, received_at, due_at) VALUES ($1, 'access', $2, $3)`, [demo.citizenSigtuna.id, receivedAt, requestDueAt(receivedAt)]);
    const deadlines = await chart(owner, 'privacy-deadlines');
    expect(deadlines.body).toEqual([
      { band: 'overdue', requests: 1 },
      { band: 'within_7_days', requests: 0 },
      { band: 'within_30_days', requests: 0 },
      { band: 'later', requests: 0 },
    ]);
    for (const name of ['group-sizes', 'group-growth', 'active-authors', 'verification', 'reports-per-rule', 'moderation-speed', 'overdue-cases', 'appeals', 'misuse']) {
      expect({ name, status: (await chart(owner, name)).status }).toEqual({ name, status: 200 });
    }
  });
});
