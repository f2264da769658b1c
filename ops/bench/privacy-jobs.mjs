// Times a heavy user's access export and erasure at 1 000, 10 000 and 100 000 posts (each with
// 1 000 group-chat messages and 200 notices made), to show that the cost grows linearly with the
// data. Runs the compiled backend in this process against a fresh migrated database on the
// server given, calling the export and erasure services the jobs call (so queue latency is not
// measured), and writes results/privacy-jobs.json and .md.
//
//   npm run bench:privacy                    # server: BENCH_SERVER_URL or postgres://postgres@127.0.0.1:5432/postgres
//   npm run bench:privacy -- --posts 1000,10000
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startInProcess } from '../scale/capture.mjs';
import { migrate, ROOT } from '../scale/load.mjs';
import { admin, withDatabase } from '../scale/target-database.mjs';
import { machine } from './report.mjs';
import { mintToken, openSessions } from './scenarios.mjs';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '1000,10000,100000' } } });
const SIZES = values.posts.split(',').map(Number);
const MESSAGES = 1_000;
const NOTICES = 200;
const SERVER = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const SIGTUNA = { latitude: 59.6179, longitude: 17.8536 };

const adminQuery = (sql) => admin(SERVER, (client) => client.query(sql));

/** A resident with `posts` map posts, a group with `MESSAGES` chat messages and `NOTICES` reports made. */
async function heavyUser(db, app, posts) {
  const tag = randomBytes(4).toString('hex');
  const [{ id: municipalityId }] = await db.query(`SELECT id FROM municipalities WHERE code = '0191'`).then((r) => r.rows);
  const user = async (name) =>
    (
      await db.query(`INSERT INTO users (email, display_name, password_hash, status, roles, home_municipality_id) VALUES ($1, $2, 'not-a-hash', 'active', '{citizen}', $3) RETURNING id`, [
        `${name.toLowerCase()}-${tag}@bench.samverka.se`,
        `${name} ${tag}`,
        municipalityId,
      ])
    ).rows[0].id;
  const heavy = await user('Tung');
  const other = await user('Annan');
  await db.query(
    `INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, status, created_at)
     SELECT $1, 'Inlägg nummer ' || n || ' om trafiken vid stationen', (ARRAY['green','yellow','red'])[1 + n % 3], $2, $3, $4, 'visible', now() - n * interval '1 minute'
       FROM generate_series(1, $5) AS n`,
    [heavy, SIGTUNA.latitude, SIGTUNA.longitude, municipalityId, posts],
  );
  const [{ id: groupId }] = (
    await db.query(`INSERT INTO groups (name, description, municipality_id, visibility, kind, status, created_by) VALUES ($1, 'Bänkgrupp', $2, 'open', 'citizen', 'active', $3) RETURNING id`, [
      `Grannsamverkan ${tag}`,
      municipalityId,
      heavy,
    ])
  ).rows;
  await db.query(`INSERT INTO group_members (group_id, user_id, role) VALUES ($1, $2, 'owner'), ($1, $3, 'member')`, [groupId, heavy, other]);
  await db.query(`INSERT INTO group_messages (group_id, author_id, text, created_at) SELECT $1, $2, 'Meddelande ' || n, now() - n * interval '1 minute' FROM generate_series(1, $3) AS n`, [
    groupId,
    heavy,
    MESSAGES,
  ]);
  // Notices go through the API, so that cases, counters and outbox rows are the real ones.
  const targets = (
    await db.query(
      `INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, status)
     SELECT $1, 'Köp billiga klockor nummer ' || n, 'green', $2, $3, $4, 'visible' FROM generate_series(1, $5) AS n RETURNING id`,
      [other, SIGTUNA.latitude, SIGTUNA.longitude, municipalityId, NOTICES],
    )
  ).rows;
  await openSessions(db, [heavy]);
  const token = mintToken(app.config.jwtSecret, heavy);
  for (const { id } of targets) {
    const response = await fetch(`${app.baseUrl}/api/notices`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ itemType: 'post', itemId: id, rule: 'commercial', explanation: 'Reklam i flödet, inte om trygghet.' }),
    });
    if (response.status !== 201) throw new Error(`notice refused: ${response.status} ${await response.text()}`);
    // A heavy user's reports are spread over months; the hourly and daily report limits count recent ones.
    await db.query(`UPDATE moderation_notices SET created_at = created_at - interval '2 days' WHERE reporter_id = $1`, [heavy]);
  }
  return heavy;
}

async function fileRequest(db, subjectId, type) {
  const [{ id }] = (
    await db.query(`INSERT INTO privacy_requests (subject_id, type, status, due_at, erase_after) VALUES ($1, $2, $3, now() + interval '30 days', $4) RETURNING id`, [
      subjectId,
      type,
      type === 'erasure' ? 'scheduled' : 'received',
      type === 'erasure' ? new Date() : null,
    ])
  ).rows;
  // As the service files it: the database rewrites audit rows only for a request whose filing is in the chain.
  await db.query(`INSERT INTO audit_events (actor_id, action, subject_type, subject_id) VALUES ($1, 'privacy.request_filed', 'PrivacyRequest', $2)`, [subjectId, id]);
  return id;
}

async function timed(fn) {
  const started = process.hrtime.bigint();
  const result = await fn();
  return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

const database = `samverka_bench_privacy_${randomBytes(4).toString('hex')}`;
await adminQuery(`CREATE DATABASE ${database}`);
const url = withDatabase(SERVER, database);
const db = new pg.Client({ connectionString: url });
const runs = [];
let app;
try {
  await migrate(url);
  await db.connect();
  app = await startInProcess({ databaseUrl: url, redisUrl: REDIS });
  const { ExportService } = await import(join(ROOT, 'backend/dist/privacy/export.service.js'));
  const { ErasureService } = await import(join(ROOT, 'backend/dist/privacy/erasure.service.js'));
  const exports = app.app.get(ExportService);
  const erasure = app.app.get(ErasureService);
  for (const posts of SIZES) {
    const subject = await heavyUser(db, app, posts);
    const accessId = await fileRequest(db, subject, 'access');
    const exported = await timed(() => exports.build(accessId));
    const [{ size }] = (await db.query(`SELECT f.size_bytes AS size FROM privacy_requests r JOIN stored_files f ON f.id = r.result_file_id WHERE r.subject_id = $1 AND r.type = 'access'`, [subject]))
      .rows;
    const requestId = await fileRequest(db, subject, 'erasure');
    const first = await timed(() => erasure.run(requestId));
    // The final pass waits for the certificate e-mail; without SMTP it is captured at once.
    await db.query(`UPDATE email_messages SET status = 'captured' WHERE id = $1 AND status = 'queued'`, [first.result.certificateEmailId]);
    const final = await timed(() => erasure.finalise(requestId));
    const [{ left }] = (await db.query(`SELECT count(*)::int AS left FROM posts WHERE author_id = $1`, [subject])).rows;
    const run = {
      posts,
      messages: MESSAGES,
      notices: NOTICES,
      exportMs: Math.round(exported.ms),
      exportBytes: Number(size),
      erasureMs: Math.round(first.ms + final.ms),
      erasureFirstPassMs: Math.round(first.ms),
      erasureFinalPassAndCheckMs: Math.round(final.ms),
      postsLeft: left,
      checkClean: final.result?.clean ?? null,
    };
    console.log(JSON.stringify(run));
    runs.push(run);
  }
} finally {
  await app?.app.close();
  await db.end();
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
}

const perThousand = runs.map((run) => ({ posts: run.posts, exportMsPer1000: +(run.exportMs / (run.posts / 1000)).toFixed(1), erasureMsPer1000: +(run.erasureMs / (run.posts / 1000)).toFixed(1) }));
const result = { measuredAt: new Date().toISOString(), machine: machine(), runs, perThousand };
await writeFile(join(ROOT, 'ops/bench/results/privacy-jobs.json'), `${JSON.stringify(result, null, 2)}\n`);
const rows = runs.map(
  (run) =>
    `| ${run.posts.toLocaleString('en')} | ${run.exportMs} | ${(run.exportBytes / 1e6).toFixed(1)} MB | ${run.erasureMs} (${run.erasureFirstPassMs} + ${run.erasureFinalPassAndCheckMs}) | ${run.postsLeft} | ${run.checkClean} |`,
);
await writeFile(
  join(ROOT, 'ops/bench/results/privacy-jobs.md'),
  [
    `# Export and erasure of a heavy user (${result.measuredAt})`,
    '',
    `Machine: ${JSON.stringify(result.machine)}`,
    '',
    `Each user also has ${MESSAGES} chat messages and ${NOTICES} notices made. Erasure = first pass + final pass with the whole-database check.`,
    '',
    '| posts | export ms | export size | erasure ms (first + final) | posts left | check clean |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
