import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Bull from 'bull';
import pg from 'pg';
import { QueueName } from '../src/jobs/queue-names.js';
import { MIGRATIONS } from '../src/platform/database/migrations/index.js';
import { FOLD_QUEUE_COUNTS_JOB } from '../src/moderation/moderation.processor.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { capturedMail, linkToken } from './support/captured-mail.js';
import { eventually } from './support/privacy-fixtures.js';
import { createEmptyDatabase, dropDatabase, ROOT, TEST_MFA_ENCRYPTION_KEY, withDatabase } from './support/services.mjs';
import { removeQueueKeys, required } from './support/test-app.js';

/**
 * The production build as it scales out: two API processes and two worker processes
 * (SAMVERKA_ROLE) on one PostgreSQL and one Redis. What one instance knows, the other must too;
 * a schedule runs once however many workers there are; a worker killed in the middle of a job
 * leaves it to the other, which finishes it with nothing done twice.
 */
describe('Two API instances and two workers on one PostgreSQL and Redis', () => {
  const serverUrl = required('SAMVERKA_TEST_SERVER_URL');
  const redisUrl = required('REDIS_URL');
  const queuePrefix = `scale-out-${randomBytes(4).toString('hex')}`;
  const processes: Instance[] = [];
  let database: string;
  let databaseUrl: string;
  let storageDir: string;
  let db: pg.Client;
  let apis: Instance[];
  let workers: Instance[];
  let startedAt: number;

  beforeAll(async () => {
    // An empty database: the four processes start on it at once and must migrate it once between them.
    database = await createEmptyDatabase(serverUrl);
    databaseUrl = withDatabase(serverUrl, database);
    storageDir = await mkdtemp(join(tmpdir(), 'samverka-scale-out-'));
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const { findFreePort } = (await import(join(ROOT, 'ops/scripts/local-services.mjs'))) as { findFreePort: () => Promise<number> };
    const shared = {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      MFA_ENCRYPTION_KEY: TEST_MFA_ENCRYPTION_KEY,
      QUEUE_PREFIX: queuePrefix,
      STORAGE_DIR: storageDir,
      MAIL_CAPTURE_DIR: join(storageDir, 'mail'),
      CONSOLE_DIR: '/nonexistent',
      LOG_LEVEL: 'info',
      // A killed worker's job is taken over after 2 s rather than the default 30.
      JOB_LOCK_SECONDS: '2',
    };
    apis = [];
    for (let i = 0; i < 2; i++) apis.push(start({ ...shared, SAMVERKA_ROLE: 'api', PORT: String(await findFreePort()) }));
    workers = [start({ ...shared, SAMVERKA_ROLE: 'worker' }), start({ ...shared, SAMVERKA_ROLE: 'worker' })];
    await Promise.all([...apis.map((api) => api.healthy()), ...workers.map((worker) => worker.logged(/running the job workers/))]);
    startedAt = Date.now();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(processes.map((instance) => instance.stop()));
    await db?.end();
    if (database) await dropDatabase(serverUrl, database);
    await removeQueueKeys(redisUrl, queuePrefix);
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  function start(env: Record<string, string>): Instance {
    const instance = new Instance(env);
    processes.push(instance);
    return instance;
  }

  it('migrates a new database once when four processes start on it together', async () => {
    const { rows } = await db.query(`SELECT name, count(*)::int AS runs FROM typeorm_migrations GROUP BY name`);
    expect(rows.length).toBe(MIGRATIONS.length);
    expect(rows.every((row: { runs: number }) => row.runs === 1)).toBe(true);
  });

  it('serves HTTP only from the API processes', async () => {
    for (const api of apis) expect((await api.fetch('/api/health')).status).toBe(200);
    for (const worker of workers) expect(worker.env.PORT).toBeUndefined();
    // Bull names the connection each consumer blocks on: two per queue, the two worker processes.
    for (const name of Object.values(QueueName)) {
      const queue = new Bull(name, redisUrl, { prefix: queuePrefix });
      try {
        expect(await queue.getWorkers()).toHaveLength(workers.length);
      } finally {
        await queue.close();
      }
    }
    const { rows } = await db.query(`SELECT DISTINCT application_name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'samverka-%'`);
    expect(rows.map((row: { application_name: string }) => row.application_name)).toEqual(expect.arrayContaining(workers.map((worker) => `samverka-worker-${worker.pid}`)));
  });

  it('holds a sign-in lockout across both API instances: the counter is in Redis, not in a process', async () => {
    const person = await register(apis[0], db, join(storageDir, 'mail'));
    // Five wrong passwords, spread over both instances: neither saw five on its own.
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await apis[attempt % 2].fetch('/api/auth/login', { email: person.email, password: 'not the password at all' });
      expect(response.status).toBe(401);
    }
    for (const api of apis) {
      const response = await api.fetch('/api/auth/login', { email: person.email, password: person.password });
      expect(response.status).toBe(429);
    }
  });

  it('keeps one schedule per repeatable job however many workers registered it, and runs each slot once', async () => {
    const moderation = new Bull(QueueName.Moderation, redisUrl, { prefix: queuePrefix });
    try {
      for (const name of Object.values(QueueName)) {
        const queue = new Bull(name, redisUrl, { prefix: queuePrefix });
        const repeatable = await queue.getRepeatableJobs();
        const names = repeatable.map((job) => job.name);
        expect(new Set(names).size).toBe(names.length);
        await queue.close();
      }
      // The queue totals fold every 30 s: wait for a slot to pass, then look at who ran it.
      const completed = await eventually(async () => {
        const jobs = (await moderation.getCompleted()).filter((job) => job.name === FOLD_QUEUE_COUNTS_JOB);
        return jobs.length > 0 ? jobs : null;
      }, 45_000);
      const slots = completed.map((job) => String(job.id).split(':').pop());
      expect(new Set(slots).size).toBe(slots.length);
      // No more runs than 30 s slots since the workers started (two workers each running it would double this).
      const elapsedSlots = Math.floor((Date.now() - startedAt) / 30_000) + 1;
      expect(completed.length).toBeLessThanOrEqual(elapsedSlots);
    } finally {
      await moderation.close();
    }
  }, 60_000);

  it('finishes an export whose worker was killed half-way, on the other worker, with one file and one e-mail', async () => {
    const person = await register(apis[1], db, join(storageDir, 'mail'));
    // Hold the export at the organisations section, after content, groups and moderation are read.
    const blocker = new pg.Client({ connectionString: databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE verification_applications IN ACCESS EXCLUSIVE MODE');
      const filed = await apis[0].fetch('/api/me/privacy-requests', { type: 'access' }, person.token);
      expect(filed.status).toBe(201);
      const requestId = ((await filed.json()) as { id: string }).id;

      const waiting = await eventually(async () => {
        const { rows } = await db.query(`SELECT application_name FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database() AND query ILIKE '%verification_applications%'`);
        return rows[0]?.application_name as string | undefined;
      });
      const [{ progress }] = (await db.query(`SELECT progress FROM privacy_requests WHERE id = $1`, [requestId])).rows;
      expect(progress.done).toBeGreaterThan(0);
      const victim = workers.find((worker) => waiting === `samverka-worker-${worker.pid}`);
      expect(victim).toBeDefined();
      await victim!.kill();
      await blocker.query('COMMIT');

      const ready = await eventually(async () => {
        const { rows } = await db.query(`SELECT status, result_file_id, progress FROM privacy_requests WHERE id = $1`, [requestId]);
        return rows[0].result_file_id ? rows[0] : null;
      }, 30_000);
      expect(ready.progress).toMatchObject({ step: 'ready' });

      const download = await apis[1].fetch(`/api/me/privacy-requests/${requestId}/download`, undefined, person.token);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe('application/zip');
      const emails = await eventually(async () => {
        const { rows } = await db.query(`SELECT status, attempts FROM email_messages WHERE user_id = $1 AND template = 'privacy-export-ready'`, [person.id]);
        return rows.length > 0 && rows.every((row: { status: string }) => row.status === 'captured') ? rows : null;
      });
      expect(emails).toEqual([{ status: 'captured', attempts: 1 }]);
      const readyNotices = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'privacy.export_ready'`, [person.id]);
      expect(readyNotices.rows[0].n).toBe(1);
    } finally {
      await blocker.end();
    }
  }, 90_000);
});

/** One process of the production build, with its output kept for when a test fails. */
class Instance {
  private readonly child: ChildProcess;
  private output = '';
  private exited: Promise<void>;

  constructor(readonly env: Record<string, string>) {
    this.child = spawn(process.execPath, [join(ROOT, 'backend/dist/main.js')], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
  }

  get pid(): number {
    return this.child.pid!;
  }

  fetch(path: string, body?: unknown, token?: string): Promise<Response> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    return fetch(`http://127.0.0.1:${this.env.PORT}${path}`, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  async healthy(): Promise<void> {
    await this.until(async () => (await this.fetch('/api/health').catch(() => null))?.status === 200);
  }

  async logged(pattern: RegExp): Promise<void> {
    await this.until(async () => pattern.test(this.output));
  }

  async kill(): Promise<void> {
    this.child.kill('SIGKILL');
    await this.exited;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }

  private async until(ready: () => Promise<boolean>): Promise<void> {
    const until = Date.now() + 60_000;
    while (!(await ready())) {
      if (this.child.exitCode !== null) throw new Error(`${this.env.SAMVERKA_ROLE} exited with ${this.child.exitCode}:\n${this.output.slice(-3000)}`);
      if (Date.now() > until) throw new Error(`${this.env.SAMVERKA_ROLE} not ready in 60 s:\n${this.output.slice(-3000)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function register(api: Instance, db: pg.Client, mailDir: string): Promise<{ id: string; email: string; password: string; token: string }> {
  const email = `scale-out-${randomBytes(4).toString('hex')}@example.se`;
  const password = 'a password long enough';
  const response = await api.fetch('/api/auth/register', { email, password, displayName: 'Utskalad Person', homeMunicipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, acceptedTermsVersion: 1 });
  if (response.status !== 202) throw new Error(`registration failed: ${response.status} ${await response.text()}`);
  // The confirmation link from the captured e-mail (a worker delivers it), then an ordinary sign-in.
  const { rows } = await db.query(`SELECT id FROM email_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [email]);
  const token = linkToken(await capturedMail(mailDir, rows[0].id), 'confirm-email');
  const confirmed = await api.fetch('/api/auth/confirm-email', { token });
  if (confirmed.status !== 204) throw new Error(`confirmation failed: ${confirmed.status} ${await confirmed.text()}`);
  const session = await api.fetch('/api/auth/login', { email, password });
  if (session.status !== 200) throw new Error(`sign-in failed: ${session.status} ${await session.text()}`);
  const body = (await session.json()) as { user: { id: string }; accessToken: string };
  return { id: body.user.id, email, password, token: body.accessToken };
}
