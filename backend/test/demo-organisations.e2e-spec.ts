import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_BADGE_CODES, DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { Clock, FixedClock } from '../src/platform/clock/clock.js';

describe(seedDemoOrganisations.name, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds a verified Sigtuna police organisation with an emblem-carrying officer, a pending application and an expired badge, once', async () => {
    const seed = () => seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    expect(await seed()).toBe(true);
    expect(await seed()).toBe(false);

    expect((await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.police}`)).body).toMatchObject({ valid: true, verifies: { organisation: { type: 'police', municipalities: ['Sigtuna'] } } });
    const officer = await t.http.get(`/api/public/users/${demo.officerSigtuna.id}/badges`);
    expect(officer.body).toEqual([expect.objectContaining({ valid: true, verifies: expect.objectContaining({ holder: { name: demo.officerSigtuna.displayName, title: 'Kommunpolis' } }) })]);
    expect((await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.expired}`)).body).toMatchObject({ valid: false, status: 'expired' });

    const { accessToken } = await t.signIn(demo.coordinatorSigtuna.email);
    const queue = await t.http
      .get('/api/verification-applications')
      .query({ filter: JSON.stringify({ status: 'pending' }) })
      .set(bearer(accessToken));
    expect(queue.body).toEqual([expect.objectContaining({ organisationName: 'Nattvandrarna Sigtuna', overdue: true, evidence: [expect.objectContaining({ contentType: 'application/pdf' })] })]);
  });

  it('lists to each caller the organisations they administer or whose municipalities they serve, and filters by municipality', async () => {
    const ids = async (who: keyof typeof demo, filter: Record<string, unknown> = {}) => {
      const { accessToken } = await t.signIn(demo[who].email);
      const response = await t.http
        .get('/api/organisations')
        .query({ filter: JSON.stringify(filter), range: '[0,99]' })
        .set(bearer(accessToken));
      expect(response.status).toBe(200);
      expect(response.headers['content-range']).toMatch(new RegExp(`/${response.body.length}$`));
      return new Set((response.body as { id: string }[]).map((o) => o.id));
    };
    const { police, nightWalkers, propertyOwner } = DEMO_ORGANISATION_IDS;
    expect(await ids('officerSigtuna')).toEqual(new Set([police]));
    expect(await ids('residentStrangnas')).toEqual(new Set([propertyOwner]));
    const strangnas = await ids('coordinatorStrangnas');
    expect(strangnas.has(propertyOwner) && !strangnas.has(police) && !strangnas.has(nightWalkers)).toBe(true);
    const sigtuna = await ids('owner', { municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna });
    expect(sigtuna.has(police) && sigtuna.has(nightWalkers) && !sigtuna.has(propertyOwner)).toBe(true);
    expect(await ids('coordinatorStrangnas', { municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna })).toEqual(new Set());
  });

  it.each([
    ['a Saturday', '2026-12-05T10:00:00+01:00'],
    ['a Sunday', '2026-12-06T23:30:00+01:00'],
    ['the last Sunday of March, when summer time begins, and Easter Sunday', '2027-03-28T03:30:00+02:00'],
    ['the day after Christmas', '2026-12-26T09:00:00+01:00'],
    ['a Monday after a holiday weekend', '2027-01-04T07:00:00+01:00'],
    ['a month end', '2026-08-31T16:00:00+02:00'],
  ])("shows the night walkers' application as overdue when the demo is seeded and viewed on %s", async (_day, at) => {
    const clocked = await createTestApp({}, { clock: new FixedClock(new Date(at)) });
    try {
      await seedDemoOrganisations(clocked.db, clocked.app.get(StorageService), clocked.app.get(BadgesService), clocked.app.get(Clock).now());
      const { accessToken } = await clocked.signIn(demo.coordinatorSigtuna.email);
      const queue = await clocked.http
        .get('/api/verification-applications')
        .query({ filter: JSON.stringify({ status: 'pending' }) })
        .set(bearer(accessToken));
      const [application] = queue.body;
      expect(application).toMatchObject({ organisationName: 'Nattvandrarna Sigtuna', overdue: true });
      expect(new Date(application.createdAt).getTime()).toBeLessThan(new Date(at).getTime());
    } finally {
      await clocked.close();
    }
  });
});
