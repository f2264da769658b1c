import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CaseRouting } from '@samverka/shared';
import fc from 'fast-check';
import { QueuePage } from '../src/moderation/queue-page.js';
import { AGE_POINTS_SQL } from '../src/moderation/scoring.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe(QueuePage.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    // 600 open cases and some closed ones, with bases and waiting times drawn so that ages reorder
    // bases (up to two days, past the age cap) and many cases tie on base and on priority.
    await t.db.query(
      `INSERT INTO moderation_cases (item_type, item_id, routing, status, base_priority, first_notice_at, last_notice_at)
       SELECT 'post', gen_random_uuid(), CASE WHEN i % 3 = 0 THEN 'group_admins' ELSE 'platform' END,
              CASE WHEN i % 7 = 0 THEN 'dismissed' ELSE 'open' END,
              (array[5, 10, 15, 20, 25, 30, 45, 50, 60, 65, 90])[1 + (i * 7919) % 11],
              now() - make_interval(mins => (i * 104729) % 2880), now()
         FROM generate_series(1, 700) AS i`,
    );
  });
  afterAll(() => t.close());

  /** The order the queue promises, by sorting every open case of the routings. */
  const sortedEveryCase = async (routings: string[], offset: number, limit: number) =>
    (
      await t.db.query(
        `SELECT id FROM moderation_cases c WHERE c.status = 'open' AND c.routing = ANY($1)
          ORDER BY c.base_priority + ${AGE_POINTS_SQL('c')} DESC, c.first_notice_at, c.id OFFSET $2 LIMIT $3`,
        [routings, offset, limit],
      )
    ).map((row: { id: string }) => row.id);

  it('gives exactly the page that sorting every open case by priority gives, for any page and routings', async () => {
    const page = t.app.get(QueuePage);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray([CaseRouting.Platform, CaseRouting.GroupAdmins], { minLength: 1 }),
        fc.integer({ min: 0, max: 650 }),
        fc.integer({ min: 1, max: 100 }),
        async (routings, offset, limit) => {
          const fast = (await page.byPriority(routings, offset, limit)).map((c) => c.id);
          expect(fast).toEqual(await sortedEveryCase(routings, offset, limit));
        },
      ),
      { numRuns: 60, seed: 20261126 },
    );
  });

  it('returns whole case records, as the list shows them', async () => {
    const [first] = await t.app.get(QueuePage).byPriority([CaseRouting.Platform], 0, 1);
    expect(first).toMatchObject({ routing: 'platform', status: 'open', itemType: 'post', rules: [], scoreParts: [] });
    expect(first.firstNoticeAt).toBeInstanceOf(Date);
    expect(typeof first.basePriority).toBe('number');
  });
});
