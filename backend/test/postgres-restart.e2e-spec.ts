import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCitizen } from './support/factories.js';
import { eventually } from './support/privacy-fixtures.js';
import { asAppRole, createTemplateDatabase, ROOT, withDatabase } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

interface PostgresHandle {
  url: string;
  pid: number;
  stop(): Promise<void>;
}
interface Supervised {
  url: string;
  pid(): number;
  restarts(): number;
  stop(): Promise<void>;
}
// Functions, not methods, of the scripts' modules: they are taken out of the module and called on their own.
interface Supervisor {
  superviseService: (options: { name: string; start: () => Promise<PostgresHandle>; log?: (line: string) => void; initialDelayMs?: number }) => Promise<Supervised>;
}
interface LocalServices {
  findFreePort(): Promise<number>;
  startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<PostgresHandle>;
}

/** The service on a private server's database: as its app role, migrating as the owner. */
const privateDatabase = (serverUrl: string, database: string) => ({
  DATABASE_URL: asAppRole(withDatabase(serverUrl, database)),
  DATABASE_MIGRATION_URL: withDatabase(serverUrl, database),
});

/**
 * PostgreSQL restarted under a running service: health says so while it is down, requests fail
 * fast with 503 instead of hanging, and the service recovers by itself once it is back, with
 * every committed write still there. A private PostgreSQL on its own port, so stopping it
 * touches no other test.
 */
describe('A PostgreSQL restart under the running service', () => {
  let local: LocalServices;
  let scratch: string;
  let port: number;
  let postgres: PostgresHandle;
  let t: TestApp;

  const startPostgres = () => local.startEmbeddedPostgres({ dataDir: join(scratch, 'postgres'), port });

  beforeAll(async () => {
    local = (await import(join(ROOT, 'ops/scripts/local-services.mjs'))) as LocalServices;
    scratch = await mkdtemp(join(tmpdir(), 'samverka-pg-restart-'));
    // Embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to enter.
    await chmod(scratch, 0o755);
    port = await local.findFreePort();
    postgres = await startPostgres();
    const database = await createTemplateDatabase(postgres.url);
    t = await createTestApp(privateDatabase(postgres.url, database));
  }, 120_000);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await postgres?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('reports PostgreSQL down, answers 503 without hanging, and recovers without a restart', async () => {
    expect((await t.http.get('/api/health')).body).toMatchObject({ status: 'ok', postgresql: { status: 'up' } });
    const before = await newCitizen(t, 'Före Omstarten');

    await postgres.stop();

    const startedAt = Date.now();
    const health = await t.http.get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body).toMatchObject({ postgresql: { status: 'down' }, redis: { status: 'up' } });
    const me = await t.http.get('/api/me').set({ authorization: `Bearer ${before.token}` });
    expect(me.status).toBe(503);
    expect(me.body).toMatchObject({ statusCode: 503 });
    // Both answers came well before any client would give up.
    expect(Date.now() - startedAt).toBeLessThan(15_000);

    postgres = await startPostgres();

    const recovered = await eventually(async () => {
      const response = await t.http.get('/api/health');
      return response.status === 200 ? response.body : null;
    });
    expect(recovered).toMatchObject({ status: 'ok', postgresql: { status: 'up' } });
    const after = await newCitizen(t, 'Efter Omstarten');
    const rows = await t.db.query(`SELECT display_name FROM users WHERE id = ANY($1) ORDER BY created_at`, [[before.id, after.id]]);
    expect(rows.map((row: { display_name: string }) => row.display_name)).toEqual(['Före Omstarten', 'Efter Omstarten']);
  }, 90_000);
});

/**
 * What `npm start` does when its embedded PostgreSQL crashes: the supervisor starts it again on
 * the same port and data, PostgreSQL recovers from its write-ahead log, and the running service
 * finds it again by itself. Killed with SIGKILL, as the kernel's OOM killer would.
 */
describe('A crashed PostgreSQL under the npm start supervisor', () => {
  let local: LocalServices;
  let scratch: string;
  let postgres: Supervised;
  let t: TestApp;
  const log: string[] = [];

  beforeAll(async () => {
    local = (await import(join(ROOT, 'ops/scripts/local-services.mjs'))) as LocalServices;
    const { superviseService } = (await import(join(ROOT, 'ops/scripts/service-supervisor.mjs'))) as Supervisor;
    scratch = await mkdtemp(join(tmpdir(), 'samverka-pg-crash-'));
    await chmod(scratch, 0o755);
    const port = await local.findFreePort();
    postgres = await superviseService({
      name: 'PostgreSQL',
      start: () => local.startEmbeddedPostgres({ dataDir: join(scratch, 'postgres'), port }),
      log: (line) => log.push(line),
      initialDelayMs: 200,
    });
    const database = await createTemplateDatabase(postgres.url);
    t = await createTestApp(privateDatabase(postgres.url, database));
  }, 120_000);
  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await postgres?.stop();
    await rm(scratch, { recursive: true, force: true });
  });

  it('is started again by itself, keeps every committed write, and the service recovers', async () => {
    const before = await newCitizen(t, 'Före Kraschen');
    const crashed = postgres.pid();

    process.kill(crashed, 'SIGKILL');

    const recovered = await eventually(async () => {
      const response = await t.http.get('/api/health');
      return postgres.pid() !== crashed && response.status === 200 ? response.body : null;
    }, 60_000);
    expect(recovered).toMatchObject({ status: 'ok', postgresql: { status: 'up' } });
    expect(postgres.restarts()).toBe(1);
    expect(log).toEqual([expect.stringMatching(/^samverka: PostgreSQL stopped unexpectedly \(SIGKILL/), `samverka: PostgreSQL is running again (process ${postgres.pid()})`]);
    // The write acknowledged before the crash survived it, and writes work again.
    const after = await newCitizen(t, 'Efter Kraschen');
    const me = await t.http.get('/api/me').set({ authorization: `Bearer ${before.token}` });
    expect(me.status).toBe(200);
    const rows = await t.db.query(`SELECT display_name FROM users WHERE id = ANY($1) ORDER BY created_at`, [[before.id, after.id]]);
    expect(rows.map((row: { display_name: string }) => row.display_name)).toEqual(['Före Kraschen', 'Efter Kraschen']);
  }, 120_000);
});
