#!/usr/bin/env node
// npm run bench [-- --size city|national --duration 10 --connections 50]
// Starts the production build on the scale database, loads each scenario with autocannon and the
// same SQL straight through `pg` at the same concurrency, and writes ops/bench/results/.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { request, startInProcess } from '../scale/capture.mjs';
import { BACKEND_NODE_FLAGS } from '../scripts/backend-node-flags.mjs';
import { migrate, ROOT } from '../scale/load.mjs';
import { readMarker, targetUrl } from '../scale/target-database.mjs';
import { isPreparedStatement, preparedStatementName } from '../../backend/dist/platform/database/prepared-statement.js';
import { writeResults } from './report.mjs';
import { fixtures, mintToken, openSessions, SCENARIOS, SIGN_IN, staffIds } from './scenarios.mjs';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'city' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const url = targetUrl(values.size);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const APP_POOL = 20; // dataSourceOptions: extra.max

async function main() {
  const { marker } = await readMarker(url);
  if (!marker) throw new Error(`no scale data set in ${url}: run npm run scale:seed -- --size ${values.size} first`);
  const applied = await migrate(url);
  if (applied.length) console.log(`applied ${applied.join(', ')}`);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const fx = await fixtures(db, marker, { reporters: 2000, posts: 997 });
  fx.staffIds = await staffIds(db);
  await openSessions(db, [...Object.values(fx.staffIds), ...fx.reporterIds]);
  await db.end();
  // Coprime counts: reporter k % R and post k % P give a new pair for every request.
  while (gcd(fx.reporterIds.length, fx.reportablePostIds.length) !== 1) fx.reporterIds.pop();
  const scenarios = SCENARIOS.filter((s) => !values.only || s.name.includes(values.only));

  console.log(`capturing the SQL of each read scenario (in-process app on ${values.size})`);
  const statements = await captureStatements(
    scenarios.filter((s) => s.read),
    fx,
  );

  const jwtSecret = randomBytes(32).toString('hex');
  const server = await startServer(jwtSecret);
  const results = [];
  try {
    // Staff sign in with a second factor the synthetic accounts have not enrolled: tokens are minted.
    const tokens = { moderator: mintToken(jwtSecret, fx.staffIds.moderator), coordinator: mintToken(jwtSecret, fx.staffIds.coordinator) };
    const runFx = { ...fx, reporterTokens: fx.reporterIds.map((id) => mintToken(jwtSecret, id)) };
    for (const scenario of scenarios) {
      console.log(`- ${scenario.name}`);
      const api = await load(server, scenario, runFx, tokens, connections);
      const raw = scenario.read ? await replay(statements.get(scenario.name), connections) : null;
      results.push({
        name: scenario.name,
        kind: scenario.read ? 'read' : 'write',
        statements: statements.get(scenario.name)?.length ?? null,
        api,
        raw,
        ratio: raw ? round(api.requestsPerSecond / raw.requestsPerSecond, 2) : null,
      });
      console.log(`  api ${api.requestsPerSecond} req/s p95 ${api.p95} ms${raw ? `; raw ${raw.requestsPerSecond} req/s (ratio ${results.at(-1).ratio})` : ''}; errors ${api.errors}`);
    }
    if (!values.only) {
      console.log(`- ${SIGN_IN.name}`);
      const api = await load(server, SIGN_IN, fx, {}, 10);
      results.push({ name: SIGN_IN.name, kind: 'sign-in', api, raw: null, ratio: null });
      console.log(`  ${api.requestsPerSecond} req/s p95 ${api.p95} ms; errors ${api.errors}`);
    }
  } finally {
    await server.stop();
  }
  const files = await writeResults({ size: values.size, marker, duration, connections, appPool: APP_POOL, results, peakRssMiB: server.peakRssMiB() });
  console.log(`written: ${files.join(', ')}`);
}

async function captureStatements(scenarios, fx) {
  const app = await startInProcess({ databaseUrl: url, redisUrl });
  try {
    const tokens = { moderator: mintToken(app.config.jwtSecret, fx.staffIds.moderator), coordinator: mintToken(app.config.jwtSecret, fx.staffIds.coordinator) };
    const out = new Map();
    for (const scenario of scenarios) {
      await request(app.baseUrl, scenario, fx, tokens);
      out.set(scenario.name, (await app.capture(() => request(app.baseUrl, scenario, fx, tokens))).statements);
    }
    return out;
  } finally {
    await app.close();
  }
}

async function startServer(jwtSecret) {
  const port = await freePort();
  // Run as production runs it (ops/Dockerfile, npm start).
  const child = spawn(process.execPath, [...BACKEND_NODE_FLAGS, join(ROOT, 'backend/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: url,
      REDIS_URL: redisUrl,
      JWT_SECRET: jwtSecret,
      DEMO_MODE: 'false',
      LOG_LEVEL: 'warn',
      QUEUE_PREFIX: `bench-${randomBytes(3).toString('hex')}`,
      CONSOLE_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error('the server did not answer /api/health within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  let peak = 0;
  const sample = async () => {
    const status = await readFile(`/proc/${child.pid}/status`, 'utf8').catch(() => '');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    peak = Math.max(peak, kb);
    return kb;
  };
  // `sample` cannot reject (a missing status file reads as ''); the next tick takes the next sample.
  const timer = setInterval(() => void sample(), 200);
  return {
    baseUrl,
    sample,
    peakRssMiB: () => round(peak / 1024, 0),
    async stop() {
      clearInterval(timer);
      await sample();
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    },
  };
}

/** autocannon on one scenario; latencies from each response, so p95 exists. */
async function load(server, scenario, fx, tokens, conns) {
  let i = 0;
  const latencies = [];
  const make = () => {
    const k = i++;
    const token = scenario.token ? scenario.token(fx, k) : tokens[scenario.role];
    return {
      method: scenario.method ?? 'GET',
      path: scenario.path(fx, k),
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(scenario.body ? { 'content-type': 'application/json' } : {}) },
      body: scenario.body ? JSON.stringify(scenario.body(fx, k)) : undefined,
    };
  };
  // A short warm-up: JIT, connection pool, caches.
  await autocannon({ url: server.baseUrl, connections: Math.min(conns, 10), duration: 1, requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }] });
  const instance = autocannon({ url: server.baseUrl, connections: conns, duration, requests: [{ setupRequest: (req) => ({ ...req, ...make() }) }] });
  instance.on('response', (client, statusCode, bytes, responseTime) => latencies.push(responseTime));
  const result = await instance;
  const status = await server.sample();
  const ok = result['2xx'];
  return {
    requestsPerSecond: round(ok / (result.duration || duration), 0),
    ...percentiles(latencies),
    errors: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
    rssMiB: round(status / 1024, 0),
  };
}

/**
 * The captured statements of one request, replayed by `conns` workers on a pool as large as the
 * app's, sent as the app sends them (named prepared statements where it prepares them), so that
 * the ratio is the cost of our layers and not of a different way to talk to PostgreSQL.
 */
async function replay(statements, conns) {
  const pool = new pg.Pool({ connectionString: url, max: APP_POOL });
  const latencies = [];
  let done = 0;
  const named = statements.map((s) => ({ ...(isPreparedStatement(s.sql) ? { name: preparedStatementName(s.sql) } : {}), text: s.sql, values: s.parameters }));
  const run = async () => {
    for (const s of named) await pool.query(s);
  };
  for (let k = 0; k < 20; k++) await run();
  const end = Date.now() + duration * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: conns }, async () => {
      while (Date.now() < end) {
        const t = performance.now();
        await run();
        latencies.push(performance.now() - t);
        done++;
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  await pool.end();
  return { requestsPerSecond: round(done / seconds, 0), ...percentiles(latencies), errors: 0, requests: done };
}

function percentiles(values) {
  const sorted = Float64Array.from(values).sort();
  const at = (p) => (sorted.length ? round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))], 1) : null);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;
const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
    srv.on('error', reject);
  });
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error.message}`);
  process.exit(1);
});
