// Loads the synthetic data set: migrations, then every table by COPY with its keys and indexes
// taken out, then keys, indexes and foreign keys back, VACUUM ANALYZE and the dashboard rollups.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { BENCH_PASSWORD, GENERATOR_VERSION, layout as layoutOf } from './dataset.mjs';
import { context, tables } from './generators.mjs';
import { dropAll, restoreAll, snapshot } from './schema-snapshot.mjs';
import { readMarker, recreate, writeMarker } from './target-database.mjs';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const DIST = join(ROOT, 'backend/dist');
const CHUNK_BYTES = 1 << 20;

/**
 * Triggers that move an account's access version when its rules change under a running API.
 * A fresh load has no cached abilities to invalidate (every account starts at version 1), and
 * with keys dropped each firing would scan the users table.
 */
const ACCESS_VERSION_TRIGGERS = [
  ['user_municipality_scopes', 'user_scopes_access_changed'],
  ['group_members', 'group_admins_access_added'],
  ['refresh_tokens', 'sessions_access_revoked'],
];

const setTriggers = (client, enabled) => Promise.all(ACCESS_VERSION_TRIGGERS.map(([table, trigger]) => client.query(`ALTER TABLE ${table} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`)));

async function backend(path) {
  const file = join(DIST, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return import(file);
}

/** Runs the backend's migrations (all, or the ones added since the data set was loaded). */
export async function migrate(url) {
  const { dataSourceOptions } = await backend('platform/database/data-source-options.js');
  const { DataSource } = await import('typeorm');
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** The backend's own rollup refresh, as the insights job runs it. */
export async function refreshRollups(url) {
  const { dataSourceOptions } = await backend('platform/database/data-source-options.js');
  const { RollupsService } = await backend('insights/rollups.service.js');
  const { DataSource } = await import('typeorm');
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    return await new RollupsService(dataSource).refresh();
  } finally {
    await dataSource.destroy();
  }
}

async function copyTable(client, spec) {
  const stream = client.query(copyStreams.from(`COPY ${spec.table} (${spec.columns.join(', ')}) FROM STDIN`));
  const done = new Promise((resolveDone, reject) => {
    stream.on('finish', resolveDone);
    stream.on('error', reject);
  });
  const source = spec.rows
    ? spec.rows()
    : (function* () {
        for (let i = 0; i < spec.count; i++) yield spec.line(i);
      })();
  let buffer = '';
  let rows = 0;
  for (const line of source) {
    buffer += line;
    rows++;
    if (buffer.length >= CHUNK_BYTES) {
      const more = stream.write(buffer);
      buffer = '';
      if (!more) await new Promise((r) => stream.once('drain', r));
    }
  }
  stream.end(buffer);
  await done;
  return rows;
}

export async function loadDataset({ url, size, seed, log = console.log }) {
  const L = layoutOf(size, seed);
  const timings = {};
  const time = async (name, fn) => {
    const started = Date.now();
    const result = await fn();
    timings[name] = Date.now() - started;
    log(`  ${name}: ${(timings[name] / 1000).toFixed(1)} s`);
    return result;
  };
  const started = Date.now();
  log(`scale:seed ${size} (seed ${L.seed}) into ${new URL(url).pathname.slice(1)}`);
  await time('create database', () => recreate(url));
  await time('migrations', () => migrate(url));

  const { hashPassword } = await backend('access/passwords.js');
  // One argon2 hash for everyone: a million hashes would take days, and sign-in checks it as usual.
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const now = new Date();
  const anchorMs = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const ctx = context(L, { anchorMs, passwordHash });
  const specs = tables(ctx);

  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  const rowsLoaded = {};
  try {
    for (const c of clients) {
      await c.query(`SET synchronous_commit = off`);
      await c.query(`SET maintenance_work_mem = '1GB'`);
    }
    const loaded = specs.filter((s) => !s.keepIndexes).map((s) => s.table);
    const structures = await snapshot(clients[0], loaded);
    await time('drop keys and indexes', () => dropAll(clients[0], structures));
    await setTriggers(clients[0], false);
    for (const spec of specs) {
      rowsLoaded[spec.table] = await time(`copy ${spec.table}`, () => copyTable(clients[0], spec));
    }
    await setTriggers(clients[0], true);
    await time('keys, indexes and foreign keys', () => restoreAll(clients, structures));
    // COPY fired the queue-counter trigger once per open case: fold the rows as the job would.
    await time('fold queue counters', () => clients[0].query('SELECT moderation_queue_counts_fold()'));
    await time('vacuum analyze', () => clients[0].query('VACUUM (ANALYZE)'));
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  const rollup = await time('insights rollup refresh', () => refreshRollups(url));
  timings.total = Date.now() - started;
  log(`  total: ${(timings.total / 1000).toFixed(1)} s`);
  const marker = { size, seed: L.seed, version: GENERATOR_VERSION, anchor: new Date(anchorMs).toISOString(), loadedAt: new Date().toISOString(), rows: rowsLoaded, rollupDays: rollup.days, timings };
  await writeMarker(url, marker);
  return marker;
}

/**
 * The data set, loaded only when the database lacks it (or holds another size or generator
 * version, or was loaded over two weeks ago); otherwise pending migrations are run and, when there
 * were any, the planner's statistics refreshed.
 */
export async function ensureDataset({ url, size, seed, log = console.log }) {
  const { marker } = await readMarker(url);
  // Posts are dated relative to the day of loading; the scenarios report recent ones.
  const fresh = marker && Date.now() - Date.parse(marker.anchor) < 14 * 86_400_000;
  if (fresh && marker.size === size && marker.version === GENERATOR_VERSION && (!seed || marker.seed === seed)) {
    const applied = await migrate(url);
    if (applied.length > 0) {
      log(`applied ${applied.join(', ')} to the loaded data set`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('ANALYZE').finally(() => client.end());
    }
    return { marker, loaded: false };
  }
  return { marker: await loadDataset({ url, size, seed, log }), loaded: true };
}
