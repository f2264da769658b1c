import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_BADGE_CODES, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe(seedDemoOrganisations.name, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds a verified Sigtuna police organisation with an emblem-carrying officer, a pending application and an expired badge, once', async () => {
    const seed = () => seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService));
    expect(await seed()).toBe(true);
    expect(await seed()).toBe(false);

    expect((await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.police}`)).body).toMatchObject({ valid: true, verifies: { organisation: { type: 'police', municipalities: ['Sigtuna'] } } });
    const officer = await t.http.get(`/api/public/users/${demo.officerSigtuna.id}/badges`);
    expect(officer.body).toEqual([expect.objectContaining({ valid: true, verifies: expect.objectContaining({ holder: { name: demo.officerSigtuna.displayName, title: 'Kommunpolis' } }) })]);
    expect((await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.expired}`)).body).toMatchObject({ valid: false, status: 'expired' });

    const { accessToken } = await t.signIn(demo.coordinatorSigtuna.email);
    const queue = await t.http.get('/api/verification-applications').query({ filter: JSON.stringify({ status: 'pending' }) }).set(bearer(accessToken));
    expect(queue.body).toEqual([expect.objectContaining({ organisationName: 'Nattvandrarna Sigtuna', overdue: true, evidence: [expect.objectContaining({ contentType: 'application/pdf' })] })]);
  });
});
