import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCitizen } from './support/factories.js';
import { eventually } from './support/privacy-fixtures.js';
import { createTemplateDatabase, ROOT, withDatabase } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

interface PostgresHandle {
  url: string;
  stop(): Promise<void>;
}
interface LocalServices {
  findFreePort(): Promise<number>;
  startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<PostgresHandle>;
}

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
    t = await createTestApp({ DATABASE_URL: withDatabase(postgres.url, database) });
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
