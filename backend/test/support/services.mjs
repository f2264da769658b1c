// PostgreSQL, Redis and template databases for the test suites. Plain JavaScript: Jest loads
// global setup files without its transform, and they run the compiled migrations (npm test
// builds first), so the template is exactly what production would migrate.
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** The password of the demo accounts in every test database. */
export const TEST_DEMO_PASSWORD = 'demo-password-for-tests';

/** The TOTP secret of the demo staff in every test database, and the key it is stored under. */
export const TEST_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
export const TEST_MFA_ENCRYPTION_KEY = 'test-mfa-encryption-key-0123456789abcdef';

/**
 * TEST_DATABASE_URL and REDIS_URL when set (CI points them at the machine's services),
 * otherwise the embedded PostgreSQL and private Redis that `npm start` uses, in a temporary folder.
 */
export async function acquireServices() {
  const started = [];
  const needsLocal = !process.env.TEST_DATABASE_URL || !process.env.REDIS_URL;
  const local = needsLocal ? await import(join(ROOT, 'ops/scripts/local-services.mjs')) : undefined;
  const scratch = needsLocal ? await mkdtemp(join(tmpdir(), 'samverka-test-')) : '';
  // Embedded PostgreSQL runs as the `postgres` user when we are root: it must be able to enter.
  if (scratch) await chmod(scratch, 0o755);

  let databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) {
    const postgres = await local.startEmbeddedPostgres({ dataDir: join(scratch, 'postgres'), port: await local.findFreePort() });
    started.push(postgres);
    databaseUrl = postgres.url;
  }
  let redisUrl = process.env.REDIS_URL;
  if (!redisUrl) {
    const redis = await local.startPrivateRedis({ dir: join(scratch, 'redis'), port: await local.findFreePort() });
    started.push(redis);
    redisUrl = redis.url;
  }
  return {
    databaseUrl,
    redisUrl,
    stop: async () => {
      await Promise.all(started.map((service) => service.stop()));
    },
  };
}

/**
 * The least-privilege role the service runs as in the tests (migrations and grants run as the
 * server's own, owner, user). Created once per server by the template's set-up.
 */
export const TEST_APP_ROLE = { name: 'samverka_test_app', password: 'samverka-test-app-password' };

/** The same server and database, as the test application role. */
export function asAppRole(url) {
  const parsed = new URL(url);
  parsed.username = TEST_APP_ROLE.name;
  parsed.password = TEST_APP_ROLE.password;
  return parsed.toString();
}

/** The same server, another database. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(serverUrl, sql) {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A database with every migration and the demo accounts; test databases are cloned from it. */
export async function createTemplateDatabase(serverUrl) {
  const dist = join(ROOT, 'backend/dist');
  const { dataSourceOptions } = await import(join(dist, 'platform/database/data-source-options.js'));
  const { seedDemoData } = await import(join(dist, 'demo/demo-seed.service.js'));
  const { prepareAppRole } = await import(join(dist, 'platform/database/app-role.js'));
  const { DataSource } = await import('typeorm');
  const name = `samverka_template_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  const dataSource = new DataSource(dataSourceOptions(withDatabase(serverUrl, name)));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    await prepareAppRole(dataSource, asAppRole(withDatabase(serverUrl, name)));
    await seedDemoData(dataSource, TEST_DEMO_PASSWORD, { secret: TEST_TOTP_SECRET, encryptionKey: TEST_MFA_ENCRYPTION_KEY });
  } finally {
    await dataSource.destroy();
  }
  return name;
}

/** A database with nothing in it, for a test that migrates it itself. */
export async function createEmptyDatabase(serverUrl) {
  const name = `samverka_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  return name;
}

/** A copy of the template, in a fraction of a second. */
export async function cloneDatabase(serverUrl, template) {
  const name = `samverka_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  return name;
}

export async function dropDatabase(serverUrl, name) {
  await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
