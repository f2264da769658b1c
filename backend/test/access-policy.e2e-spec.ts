import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { POLICY_KEY } from '../src/access/policy.decorator.js';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('Authorization: deny by default, scope in SQL', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    for (const [key, account] of Object.entries(demo)) tokens[key] = (await t.signIn(account.email)).accessToken;
  });
  afterAll(() => t.close());

  it('finds a declared access policy on every registered route', () => {
    const discovery = t.app.get(DiscoveryService);
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const routes: { route: string; policy: unknown }[] = [];
    for (const wrapper of discovery.getControllers()) {
      const instance = wrapper.instance as object;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as () => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const path = `${Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object)}/${Reflect.getMetadata(PATH_METADATA, handler)}`;
        routes.push({ route: `${Reflect.getMetadata(METHOD_METADATA, handler)} ${path}`, policy: reflector.getAllAndOverride(POLICY_KEY, [handler, wrapper.metatype as () => unknown]) });
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(16);
    expect(routes.filter((route) => route.policy === undefined).map((route) => route.route)).toEqual([]);
  });

  it('refuses a citizen the user list with 403', async () => {
    const response = await t.http.get('/api/users').set(bearer(tokens.citizenSigtuna));
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
  });

  it('gives a citizen their own account through /api/me only, never through /api/users', async () => {
    expect((await t.http.get(`/api/users/${demo.citizenSigtuna.id}`).set(bearer(tokens.citizenSigtuna))).status).toBe(403);
    const me = await t.http.get('/api/me').set(bearer(tokens.citizenSigtuna));
    expect(me.body.id).toBe(demo.citizenSigtuna.id);
  });

  it('shows the Sigtuna coordinator only Sigtuna people, with a total that matches', async () => {
    const response = await t.http.get('/api/users').query({ range: '[0,99]' }).set(bearer(tokens.coordinatorSigtuna));
    expect(response.status).toBe(200);
    const ids = (response.body as { id: string; homeMunicipalityId: string }[]).map((user) => user.id);
    expect(ids).toEqual(expect.arrayContaining([demo.citizenSigtuna.id, demo.coordinatorSigtuna.id]));
    expect(ids).not.toContain(demo.residentStrangnas.id);
    expect(ids).not.toContain(demo.coordinatorStrangnas.id);
    expect(response.headers['content-range']).toBe(`users 0-${ids.length - 1}/${ids.length}`);
  });

  it('answers 404 when the Sigtuna coordinator asks for a Strängnäs resident, without their data', async () => {
    const response = await t.http.get(`/api/users/${demo.residentStrangnas.id}`).set(bearer(tokens.coordinatorSigtuna));
    expect(response.status).toBe(404);
    expect(JSON.stringify(response.body)).not.toContain(demo.residentStrangnas.email);
    expect((await t.http.get(`/api/users/${demo.citizenSigtuna.id}`).set(bearer(tokens.coordinatorSigtuna))).status).toBe(200);
  });

  it('keeps the Sigtuna coordinator out of Strängnäs audit events, in the list and one by one', async () => {
    await t.signIn(demo.residentStrangnas.email);
    const strangnasEvent = await t.db.getRepository(AuditEvent).findOneByOrFail({ subjectId: demo.residentStrangnas.id });
    expect(strangnasEvent.municipalityId).toBe(SEEDED_MUNICIPALITY_IDS.strangnas);

    const list = await t.http.get('/api/audit-events').query({ range: '[0,499]' }).set(bearer(tokens.coordinatorSigtuna));
    expect(list.status).toBe(200);
    const municipalities = new Set((list.body as { municipalityId: string }[]).map((event) => event.municipalityId));
    expect([...municipalities]).toEqual([SEEDED_MUNICIPALITY_IDS.sigtuna]);
    expect((await t.http.get(`/api/audit-events/${strangnasEvent.id}`).set(bearer(tokens.coordinatorSigtuna))).status).toBe(404);
    expect((await t.http.get(`/api/audit-events/${strangnasEvent.id}`).set(bearer(tokens.coordinatorStrangnas))).status).toBe(200);
  });

  it('shows the platform owner every audit event, and moderators none', async () => {
    const all = await t.http.get('/api/audit-events').set(bearer(tokens.owner));
    const total = Number(String(all.headers['content-range']).split('/')[1]);
    expect(total).toBe(await t.db.getRepository(AuditEvent).count());
    expect((await t.http.get('/api/audit-events').set(bearer(tokens.moderator))).status).toBe(403);
  });

  it('lets only the platform owner change users and municipalities', async () => {
    const change = { displayName: 'Nytt namn', reason: 'Testing permissions' };
    for (const role of ['moderator', 'coordinatorSigtuna', 'citizenSigtuna'] as const) {
      expect((await t.http.put(`/api/users/${demo.citizenSigtuna.id}`).set(bearer(tokens[role])).send(change)).status).toBe(403);
      expect((await t.http.post('/api/municipalities').set(bearer(tokens[role])).send({ code: '0114', name: 'Upplands Väsby' })).status).toBe(403);
    }
    expect((await t.http.put(`/api/users/${demo.citizenSigtuna.id}`).set(bearer(tokens.owner)).send(change)).status).toBe(200);
  });
});
