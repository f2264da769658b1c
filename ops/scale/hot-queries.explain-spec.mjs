// Every statement of every hot path, planned against the `city` data set (50 000 users,
// 1 000 000 posts): none may scan a big table sequentially. Not timed; the data set is loaded
// once into samverka_scale_city on the test server and kept (about a minute the first time).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { acquireServices, withDatabase } from '../../backend/test/support/services.mjs';
import { fixtures, mintToken, openSessions, SCENARIOS, staffIds } from '../bench/scenarios.mjs';
import { request, startInProcess } from './capture.mjs';
import { sequentialScans } from './explain-plans.mjs';
import { ensureDataset } from './load.mjs';

const URGENT = 'notice intake, urgent (alerts moderators)';
const captured = new Map();
let services;
let server;
let client;

beforeAll(async () => {
  services = await acquireServices();
  const url = withDatabase(services.databaseUrl, 'samverka_scale_city');
  const { marker } = await ensureDataset({ url, size: 'city', log: () => {} });
  server = await startInProcess({ databaseUrl: url, redisUrl: services.redisUrl });
  client = new pg.Client({ connectionString: url });
  await client.connect();
  const fx = await fixtures(client, marker, { reporters: 5000 });
  // A different reporter and post each run: the data set is kept between runs.
  const pick = Math.floor(Math.random() * fx.reporterIds.length);
  const staff = await staffIds(client);
  await openSessions(client, [staff.moderator, staff.coordinator, fx.reporterIds[pick]]);
  const tokens = { moderator: mintToken(server.config.jwtSecret, staff.moderator), coordinator: mintToken(server.config.jwtSecret, staff.coordinator) };
  const runFx = { ...fx, reporterTokens: [mintToken(server.config.jwtSecret, fx.reporterIds[pick])], reportablePostIds: [fx.reportablePostIds[pick % fx.reportablePostIds.length]] };
  for (const scenario of SCENARIOS) {
    // The second request is the steady state (the first may fill caches).
    if (scenario.read) await request(server.baseUrl, scenario, runFx, tokens, 0);
    const { statements } = await server.capture(() => request(server.baseUrl, scenario, runFx, tokens, 0));
    captured.set(scenario.name, statements);
  }
  // A threat on a red post is urgent: the moderators are alerted (another path, other queries).
  const urgent = {
    ...SCENARIOS.find((s) => s.method === 'POST'),
    name: URGENT,
    body: (f) => ({ itemType: 'post', itemId: f.urgentPostIds[pick % f.urgentPostIds.length], rule: 'threat', explanation: 'Hotfullt inlägg mot en granne' }),
  };
  captured.set(URGENT, (await server.capture(() => request(server.baseUrl, urgent, runFx, tokens, 0))).statements);
  const { RollupsService } = await import('../../backend/dist/insights/rollups.service.js');
  await client.query(`INSERT INTO insight_dirty_days (municipality_id, day) SELECT $1, current_date - g FROM generate_series(1, 40) g ON CONFLICT DO NOTHING`, [fx.municipalityId]);
  captured.set('insights rollup refresh (job)', (await server.captureJob(() => server.app.get(RollupsService).refresh())).statements);
}, 900_000);

afterAll(async () => {
  await client?.end();
  await server?.close();
  await services?.stop();
});

describe('hot queries on the city data set', () => {
  const names = [...SCENARIOS.map((s) => s.name), URGENT, 'insights rollup refresh (job)'];

  it.each(names)('%s scans no big table sequentially', async (name) => {
    const statements = captured.get(name);
    expect(statements.length).toBeGreaterThan(0);
    const offenders = [];
    for (const statement of statements) {
      const scans = await sequentialScans(client, statement);
      if (scans.length > 0) offenders.push(`Seq Scan on ${scans.join(', ')}: ${statement.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
    expect(offenders).toEqual([]);
  });
});
