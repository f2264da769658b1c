import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('Municipalities', () => {
  let t: TestApp;
  let owner: string;
  let citizen: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
    citizen = (await t.signIn(demo.citizenSigtuna.email)).accessToken;
  });
  afterAll(() => t.close());

  it('lists the seeded municipalities, with Gamla stan in Stockholm, to anyone signed in', async () => {
    const response = await t.http.get('/api/municipalities').query({ sort: '["code","ASC"]' }).set(bearer(citizen));
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      expect.objectContaining({ code: '0180', name: 'Stockholm', areas: [expect.objectContaining({ name: 'Gamla stan' })] }),
      expect.objectContaining({ code: '0191', name: 'Sigtuna', areas: [] }),
      expect.objectContaining({ code: '0486', name: 'Strängnäs', areas: [] }),
    ]);
    expect(response.headers['content-range']).toBe('municipalities 0-2/3');
  });

  it('lets the platform owner add a municipality with areas, audited', async () => {
    const response = await t.http
      .post('/api/municipalities')
      .set(bearer(owner))
      .send({ code: '0114', name: 'Upplands Väsby', areas: ['Centrum', 'Runby'] });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ code: '0114', name: 'Upplands Väsby', areas: [{ name: 'Centrum' }, { name: 'Runby' }] });
    const event = await t.db.getRepository(AuditEvent).findOneByOrFail({ subjectId: response.body.id });
    expect(event).toMatchObject({ action: AuditAction.MunicipalityCreated, actorId: demo.owner.id, municipalityId: response.body.id });

    const renamed = await t.http
      .put(`/api/municipalities/${response.body.id}`)
      .set(bearer(owner))
      .send({ areas: ['Centrum'] });
    expect(renamed.status).toBe(200);
    expect(renamed.body.areas).toEqual([{ id: response.body.areas[0].id, name: 'Centrum' }]);
  });

  it('refuses a malformed or taken kommunkod', async () => {
    const malformed = await t.http.post('/api/municipalities').set(bearer(owner)).send({ code: '191', name: 'Kortkod' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.message).toEqual(['code must be the four-digit kommunkod, e.g. 0191']);
    const taken = await t.http.post('/api/municipalities').set(bearer(owner)).send({ code: '0191', name: 'Another Sigtuna' });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toMatch(/code 0191/);
  });
});
