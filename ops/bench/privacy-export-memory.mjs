// Peak memory of one heavy user's access export with images: a resident with 1 000 posts, of which
// IMAGES carry a 1 MB image each. Samples process.memoryUsage() every 10 ms while ExportService.build
// runs in this process (compiled backend, fresh migrated database) and prints the peaks above the
// level just before the export.
//
//   npm run build -w shared && npm run build -w backend && node --expose-gc ops/bench/privacy-export-memory.mjs [--images 200]
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startInProcess } from '../scale/capture.mjs';
import { migrate, ROOT } from '../scale/load.mjs';
import { admin, withDatabase } from '../scale/target-database.mjs';

const { values } = parseArgs({ options: { images: { type: 'string', default: '200' } } });
const IMAGES = Number(values.images);
const SERVER = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// startInProcess keeps files here.
const STORAGE = join(tmpdir(), 'samverka-scale-files');

const database = `samverka_bench_memory_${randomBytes(4).toString('hex')}`;
await admin(SERVER, (client) => client.query(`CREATE DATABASE ${database}`));
const url = withDatabase(SERVER, database);
const db = new pg.Client({ connectionString: url });
const keys = [];
let app;
try {
  await migrate(url);
  await db.connect();
  app = await startInProcess({ databaseUrl: url, redisUrl: REDIS });
  const { ExportService } = await import(join(ROOT, 'backend/dist/privacy/export.service.js'));
  const [{ id: municipalityId }] = (await db.query(`SELECT id FROM municipalities WHERE code = '0191'`)).rows;
  const [{ id: user }] = (
    await db.query(`INSERT INTO users (email, display_name, password_hash, status, roles, home_municipality_id) VALUES ($1, 'Tung Bildare', 'not-a-hash', 'active', '{citizen}', $2) RETURNING id`, [
      `tung-${randomBytes(4).toString('hex')}@bench.samverka.se`,
      municipalityId,
    ])
  ).rows;
  await db.query(
    `INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, status, created_at)
     SELECT $1, 'Inlägg nummer ' || n, 'green', 59.6, 17.85, $2, 'visible', now() - n * interval '1 minute' FROM generate_series(1, 1000) AS n`,
    [user, municipalityId],
  );
  const image = randomBytes(1024 * 1024);
  await mkdir(join(STORAGE, 'post-image'), { recursive: true });
  for (let i = 0; i < IMAGES; i++) {
    const key = `post-image/${randomUUID()}`;
    keys.push(key);
    await writeFile(join(STORAGE, key), image);
    const [{ id: fileId }] = (
      await db.query(`INSERT INTO stored_files (storage_key, content_type, size_bytes, sha256, owner_id, purpose) VALUES ($1, 'image/png', $2, 'x', $3, 'post-image') RETURNING id`, [
        key,
        image.length,
        user,
      ])
    ).rows;
    await db.query(`INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, status, image_file_id) VALUES ($1, 'Bild', 'green', 59.6, 17.85, $2, 'visible', $3)`, [
      user,
      municipalityId,
      fileId,
    ]);
  }
  const [{ id: requestId }] = (await db.query(`INSERT INTO privacy_requests (subject_id, type, status, due_at) VALUES ($1, 'access', 'received', now() + interval '30 days') RETURNING id`, [user]))
    .rows;
  globalThis.gc?.();
  const before = process.memoryUsage();
  const peak = { rss: 0, heapUsed: 0, arrayBuffers: 0 };
  const sample = () => {
    const now = process.memoryUsage();
    for (const key of Object.keys(peak)) peak[key] = Math.max(peak[key], now[key]);
  };
  const timer = setInterval(sample, 10);
  const started = Date.now();
  await app.app.get(ExportService).build(requestId);
  sample();
  clearInterval(timer);
  const [{ size }] = (await db.query(`SELECT f.size_bytes AS size FROM privacy_requests r JOIN stored_files f ON f.id = r.result_file_id WHERE r.id = $1`, [requestId])).rows;
  const mb = (bytes) => +(bytes / 1024 / 1024).toFixed(1);
  console.log(
    JSON.stringify({
      images: IMAGES,
      archiveMb: mb(Number(size)),
      ms: Date.now() - started,
      before: { rssMb: mb(before.rss), heapUsedMb: mb(before.heapUsed), arrayBuffersMb: mb(before.arrayBuffers) },
      peak: { rssMb: mb(peak.rss), heapUsedMb: mb(peak.heapUsed), arrayBuffersMb: mb(peak.arrayBuffers) },
      peakAboveBefore: { rssMb: mb(peak.rss - before.rss), heapUsedMb: mb(peak.heapUsed - before.heapUsed), arrayBuffersMb: mb(peak.arrayBuffers - before.arrayBuffers) },
    }),
  );
} finally {
  await app?.app.close();
  await db.end();
  await admin(SERVER, (client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  for (const key of keys) await rm(join(STORAGE, key), { force: true });
}
