import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHART_NAMES, INSIGHTS_FIRST_DAY, INSIGHTS_LAST_DAY, MAX_INSIGHTS_PERIOD_DAYS } from '@samverka/shared';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { RollupsService } from '../src/insights/rollups.service.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const DAY_MS = 86_400_000;
const swedishDay = (at: number) => new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
/** The longest period a caller may ask for, ending today. */
const today = swedishDay(Date.now());
const MAXIMAL = { from: swedishDay(Date.parse(`${today}T12:00:00Z`) - (MAX_INSIGHTS_PERIOD_DAYS - 1) * DAY_MS), to: today };
/** What took the backend down (issue 16): 730 000 days, 36 MB per answer. */
const CENTURIES = { from: '1000-01-01', to: '2999-12-31' };
/** A few MB at most per answer, whatever the chart. */
const MAX_ANSWER_BYTES = 1_000_000;
const MiB = 1024 * 1024;

describe('Insights periods are bounded (issue 16)', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    // 3 000 red and yellow public posts spread over the maximal period in every seeded
    // municipality: enough that the map's points reach their cap and every day has a bar.
    await t.db.query(
      `INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, created_at)
       SELECT $1, 'Gränsprov ' || i, CASE WHEN i % 3 = 0 THEN 'red' ELSE 'yellow' END, 59.6, 17.85, m[1 + i % array_length(m, 1)],
              now() - (i % $3) * interval '1 day' - (i % 24) * interval '1 hour'
         FROM generate_series(1, 3000) i, (SELECT $2::uuid[] AS m) ms`,
      [demo.citizenSigtuna.id, Object.values(SEEDED_MUNICIPALITY_IDS), MAX_INSIGHTS_PERIOD_DAYS - 1],
    );
    await t.app.get(RollupsService).refresh();
    owner = (await t.signIn(demo.owner.email)).accessToken;
  });
  afterAll(() => t.close());

  const chart = (token: string, name: string, query: Record<string, string>) => t.http.get(`/api/insights/charts/${name}`).query(query).set(bearer(token));

  it('refuses a period longer than the limit on every chart, as JSON and as CSV, naming the field and the limit', async () => {
    const overLong = { from: INSIGHTS_FIRST_DAY, to: INSIGHTS_LAST_DAY };
    for (const name of CHART_NAMES) {
      for (const format of ['json', 'csv']) {
        const response = await chart(owner, name, { ...overLong, format });
        expect({ name, format, status: response.status, message: response.body.message }).toEqual({
          name,
          format,
          status: 400,
          message: expect.stringContaining(`to: a period of at most ${MAX_INSIGHTS_PERIOD_DAYS} days`),
        });
      }
    }
  });

  it('refuses the request that took the service down, naming the field and the days allowed', async () => {
    for (const name of CHART_NAMES) {
      const response = await chart(owner, name, CENTURIES);
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expect(response.body.message).toEqual(expect.arrayContaining([`from must be a date (YYYY-MM-DD) from ${INSIGHTS_FIRST_DAY} to ${INSIGHTS_LAST_DAY}`]));
    }
  });

  it('allows exactly the limit and refuses one day more, also when only from is given', async () => {
    const lastAllowedFrom = MAXIMAL.from;
    const oneDayMore = swedishDay(Date.parse(`${lastAllowedFrom}T12:00:00Z`) - DAY_MS);
    const allowed = await chart(owner, 'posts-per-day', { from: lastAllowedFrom, to: today });
    expect(allowed.status).toBe(200);
    expect(allowed.body).toHaveLength(MAX_INSIGHTS_PERIOD_DAYS);
    const refused = await chart(owner, 'posts-per-day', { from: oneDayMore, to: today });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/^to: a period of at most 400 days/);
    // Only `from`: the period runs to today, and the message names the field the caller gave.
    expect((await chart(owner, 'posts-per-day', { from: lastAllowedFrom })).status).toBe(200);
    const onlyFrom = await chart(owner, 'posts-per-day', { from: oneDayMore });
    expect(onlyFrom.status).toBe(400);
    expect(onlyFrom.body.message).toMatch(/^from: a period of at most 400 days/);
    // Only `to`: the 30 days up to it, not a period running from 30 days before today.
    const onlyTo = await chart(owner, 'posts-per-day', { to: '2025-03-31' });
    expect(onlyTo.status).toBe(200);
    expect(onlyTo.body).toHaveLength(30);
    expect(onlyTo.body[0].day).toBe('2025-03-02');
  });

  it('refuses days that are not plain calendar days, or in the wrong order, naming the field', async () => {
    const cases: [Record<string, string>, string | RegExp][] = [
      [{ from: '2026-W05', to: '2026-03-01' }, /^from must be a date \(YYYY-MM-DD\)/],
      [{ from: '2026', to: '2026-03-01' }, /^from must be a date \(YYYY-MM-DD\)/],
      [{ from: '2026-02-30', to: '2026-03-01' }, /^from must be a date \(YYYY-MM-DD\)/],
      [{ from: '2026-02-01', to: '2026-03-01T23:00:00+14:00' }, /^to must be a date \(YYYY-MM-DD\)/],
      [{ from: '2026-02-01', to: '9999-12-31' }, /^to must be a date \(YYYY-MM-DD\)/],
      [{ from: '2026-03-02', to: '2026-03-01' }, 'from must not be after to'],
    ];
    for (const [query, message] of cases) {
      const response = await chart(owner, 'posts-per-day', query);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
      expect([response.body.message].flat().join('\n')).toMatch(message);
    }
  });

  it('keeps the maximal answer of every chart small, its CSV no bigger than its JSON', async () => {
    const sizes: Record<string, { json: number; csv: number; rows: number }> = {};
    for (const name of CHART_NAMES) {
      const json = await chart(owner, name, MAXIMAL);
      const csv = await chart(owner, name, { ...MAXIMAL, format: 'csv' });
      expect({ name, json: json.status, csv: csv.status }).toEqual({ name, json: 200, csv: 200 });
      sizes[name] = { json: Buffer.byteLength(json.text), csv: Buffer.byteLength(csv.text), rows: (json.body as unknown[]).length };
      expect({ name, small: sizes[name].json <= MAX_ANSWER_BYTES }).toEqual({ name, small: true });
      expect({ name, csvNotBigger: sizes[name].csv <= sizes[name].json }).toEqual({ name, csvNotBigger: true });
    }
    // The data set really fills the period: a bar for every day, and the map at its cap.
    expect(sizes['posts-per-day'].rows).toBe(MAX_INSIGHTS_PERIOD_DAYS);
    expect(sizes['map-points'].rows).toBe(2000);
    process.stdout.write(`maximal answers (bytes): ${JSON.stringify(sizes)}\n`);
  });

  it('answers the maximal request ten at once, stays within its heap and stays healthy', async () => {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    try {
      for (const name of ['posts-per-day', 'map-points']) {
        const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => chart(owner, name, i % 2 ? MAXIMAL : { ...MAXIMAL, format: 'csv' })));
        expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
      }
    } finally {
      clearInterval(sampler);
    }
    // The backend runs with a 256 MiB heap; the whole burst (test client included) must stay far below it.
    process.stdout.write(`heap during the burst: ${((peak - before) / MiB).toFixed(1)} MiB above ${(before / MiB).toFixed(1)} MiB\n`);
    expect(peak - before).toBeLessThan(64 * MiB);
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(200);
  });
});
