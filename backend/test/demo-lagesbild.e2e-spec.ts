import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedDemoLagesbild } from '../src/demo/demo-lagesbild.seed.js';
import { LagesbildService } from '../src/insights/lagesbild/lagesbild.service.js';
import { RollupsService } from '../src/insights/rollups.service.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe(seedDemoLagesbild.name, () => {
  const now = new Date('2026-12-07T10:00:00+01:00');
  let t: TestApp;
  const seed = () => seedDemoLagesbild(t.app.get(RollupsService), t.app.get(LagesbildService), now);

  beforeAll(async () => {
    t = await createTestApp({}, { clock: new FixedClock(now) });
  });
  afterAll(() => t.close());

  it('gives Sigtuna’s coordinator last month’s monthly report in Swedish and English, from the demo’s posts', async () => {
    expect(await seed()).toBe(true);
    const list = await t.http.get('/api/lagesbild').set(bearer((await t.signIn(demo.coordinatorSigtuna.email)).accessToken));
    expect(list.body).toEqual([
      expect.objectContaining({ municipalityName: 'Sigtuna', from: '2026-11-01', to: '2026-11-30', kind: 'monthly', language: expect.any(String) }),
      expect.objectContaining({ municipalityName: 'Sigtuna', from: '2026-11-01', to: '2026-11-30', kind: 'monthly', language: expect.any(String) }),
    ]);
    expect((list.body as { language: string }[]).map((report) => report.language).sort()).toEqual(['en', 'sv']);
    const strangnas = await t.http.get('/api/lagesbild').set(bearer((await t.signIn(demo.coordinatorStrangnas.email)).accessToken));
    expect(strangnas.body).toEqual([]);
  });

  it('makes nothing when it runs again', async () => {
    expect(await seed()).toBe(false);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM lagesbild_reports`))[0].n)).toBe(2);
  });
});
