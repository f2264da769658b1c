import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addSwedishDays, swedishDayStart } from '@samverka/shared';
import { MAX_DSA_STATEMENTS } from '../src/moderation/transparency.service.js';
import { MAX_PERIOD_DAYS } from '../src/platform/http/period.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const swedishDay = (at: number) => new Date(at).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
/** The longest period allowed, as the console sends it: the first day's start to the start of the day after the last (today). */
const today = swedishDay(Date.now());
const tomorrowStart = addSwedishDays(swedishDayStart(today), 1);
const MAXIMAL = { from: addSwedishDays(tomorrowStart, -MAX_PERIOD_DAYS).toISOString(), to: tomorrowStart.toISOString() };
const ONE_DAY_MORE = { from: addSwedishDays(tomorrowStart, -MAX_PERIOD_DAYS - 1).toISOString(), to: tomorrowStart.toISOString() };
/** What took the insights down before they were bounded (issue 16), sent here. */
const CENTURIES = { from: '1000-01-01T00:00:00Z', to: '2999-12-31T00:00:00Z' };
const MiB = 1024 * 1024;

describe('Transparency periods are bounded (issue 16)', () => {
  let t: TestApp;
  let moderator: string;
  beforeAll(async () => {
    t = await createTestApp();
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(() => t.close());

  const report = (query: Record<string, string>) => t.http.get('/api/moderation/transparency').query(query);
  const statements = (query: Record<string, string>) => t.http.get('/api/moderation/dsa-statements').query(query).set(bearer(moderator));

  /** `count` automated removals spread over the maximal period, each on a case of its own. */
  async function automatedRemovals(count: number): Promise<void> {
    await t.ownerDb.query(
      `WITH cases AS (
         INSERT INTO moderation_cases (item_type, item_id, routing, status, first_notice_at, created_at)
         SELECT 'user', gen_random_uuid(), 'platform', 'actioned', now() - (i % $2) * interval '1 day', now() - (i % $2) * interval '1 day'
           FROM generate_series(1, $1) i RETURNING id, created_at)
       INSERT INTO moderation_actions (case_id, type, rule, statement, automated, created_at)
       SELECT id, 'hide', 'spam', 'Dolt automatiskt efter flera anmälningar.', true, created_at FROM cases`,
      [count, MAX_PERIOD_DAYS - 1],
    );
  }

  it('refuses a period one day longer than the limit on the report (JSON and CSV) and the statements, naming the field and the limit', async () => {
    for (const [name, response] of [
      ['json', await report(ONE_DAY_MORE)],
      ['csv', await report({ ...ONE_DAY_MORE, format: 'csv' })],
      ['dsa', await statements(ONE_DAY_MORE)],
    ] as const) {
      expect({ name, status: response.status, message: response.body.message }).toEqual({
        name,
        status: 400,
        message: expect.stringMatching(new RegExp(`^to: a period of at most ${MAX_PERIOD_DAYS} days`)),
      });
    }
    // Only `from`: the period runs to now, and the message names the field the caller gave.
    const onlyFrom = await report({ from: ONE_DAY_MORE.from });
    expect(onlyFrom.status).toBe(400);
    expect(onlyFrom.body.message).toMatch(/^from: a period of at most 400 days/);
  });

  it('refuses the centuries-long period, days outside the platform years and a period that ends before it starts, naming the field', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [CENTURIES, /^from must be an ISO 8601 date and time with its zone/],
      [{ from: '2026-01-01T00:00:00Z', to: '9999-12-31T00:00:00Z' }, /^to must be an ISO 8601 date and time/],
      [{ from: '2026-01-01', to: '2026-02-01T00:00:00Z' }, /^from must be an ISO 8601 date and time/],
      [{ from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, /^from must be before to$/],
    ];
    for (const [query, message] of cases) {
      for (const response of [await report(query), await statements(query)]) {
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect([response.body.message].flat().join('\n')).toMatch(message);
      }
    }
  });

  it(`allows exactly the limit, and refuses a period holding more than ${MAX_DSA_STATEMENTS} statements`, async () => {
    await automatedRemovals(MAX_DSA_STATEMENTS);
    const allowed = await statements(MAXIMAL);
    expect(allowed.status).toBe(200);
    expect(allowed.body).toHaveLength(MAX_DSA_STATEMENTS);
    process.stdout.write(`maximal DSA answer: ${(Buffer.byteLength(allowed.text) / MiB).toFixed(2)} MiB\n`);
    expect(Buffer.byteLength(allowed.text)).toBeLessThan(4 * MiB);
    expect((await report(MAXIMAL)).body.actionsByType.hide).toBeGreaterThanOrEqual(MAX_DSA_STATEMENTS);

    await automatedRemovals(1);
    const refused = await statements(MAXIMAL);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe(`to: the period holds more than ${MAX_DSA_STATEMENTS} statements of reasons; ask for a shorter one`);
  });

  it('answers the maximal request ten at once and stays healthy', async () => {
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    try {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => report(i % 2 ? MAXIMAL : { ...MAXIMAL, format: 'csv' })));
      expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
      // Just under the statement cap: the largest statements answer there is, ten at once.
      const half = { from: addSwedishDays(tomorrowStart, -200).toISOString(), to: MAXIMAL.to };
      const exports = await Promise.all(Array.from({ length: 10 }, () => statements(half)));
      expect(exports.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    } finally {
      clearInterval(sampler);
    }
    process.stdout.write(`heap during the burst: ${((peak - before) / MiB).toFixed(1)} MiB above ${(before / MiB).toFixed(1)} MiB\n`);
    expect(peak - before).toBeLessThan(128 * MiB);
    expect((await t.http.get('/api/health')).status).toBe(200);
  });
});
