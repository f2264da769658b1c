import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { cloneDatabase, dropDatabase, withDatabase } from './support/services.mjs';
import { createTestApp, required, type TestApp } from './support/test-app.js';

/**
 * DATABASE_READ_URL: dashboards read the replica, everything else the primary. The "replica"
 * here is a second copy of the database that the test makes differ on purpose, so the answer
 * shows which one was read (a streaming replica would hide that).
 */
describe('Reads that tolerate lag on a read replica', () => {
  const serverUrl = required('SAMVERKA_TEST_SERVER_URL');
  let replicaDatabase: string;
  let replica: pg.Client;
  let t: TestApp;
  let coordinator: string;

  beforeAll(async () => {
    replicaDatabase = await cloneDatabase(serverUrl, required('SAMVERKA_TEST_TEMPLATE'));
    const replicaUrl = withDatabase(serverUrl, replicaDatabase);
    replica = new pg.Client({ connectionString: replicaUrl });
    await replica.connect();
    t = await createTestApp({ DATABASE_READ_URL: replicaUrl });
    coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
  });
  afterAll(async () => {
    await t?.close();
    await replica?.end();
    if (replicaDatabase) await dropDatabase(serverUrl, replicaDatabase);
  });

  it('draws the dashboard from the replica', async () => {
    await replica.query(`INSERT INTO insight_post_hours (municipality_id, day, hour, green, yellow, red) VALUES ($1, '2026-10-24', 12, 41, 0, 0)`, [SEEDED_MUNICIPALITY_IDS.sigtuna]);
    const response = await t.http.get('/api/insights/charts/posts-per-day').query({ from: '2026-10-24', to: '2026-10-24' }).set(bearer(coordinator));
    expect(response.status).toBe(200);
    expect(response.body).toEqual([{ day: '2026-10-24', green: 41, yellow: 0, red: 0 }]);
    const [primary] = await t.db.query(`SELECT count(*)::int AS n FROM insight_post_hours WHERE day = '2026-10-24'`);
    expect(primary.n).toBe(0);
  });

  it('writes to the primary and reads a write back at once, however far behind the replica is', async () => {
    const person = await newCitizen(t, 'Bara På Primären');
    const me = await t.http.get('/api/me').set(bearer(person.token));
    expect(me.status).toBe(200);
    expect(me.body.displayName).toBe('Bara På Primären');
    expect((await replica.query(`SELECT 1 FROM users WHERE id = $1`, [person.id])).rowCount).toBe(0);
  });
});
