import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConsoleBackend } from '../../backend/test/support/console-backend.mjs';
import { cloneDatabase, dropDatabase, TEST_DEMO_PASSWORD, TEST_TOTP_SECRET, withDatabase } from '../../backend/test/support/services.mjs';

export interface OwnBackend {
  /** Its Bull queues' prefix, for a test that hands a job to its workers. */
  queuePrefix: string;
  redisUrl: string;
  stop: () => Promise<void>;
}

/**
 * A backend of the test's own with `env` on top of the console tests' settings, on a database
 * cloned from their template. While it runs the console helpers talk to it (E2E_BASE_URL,
 * E2E_DATABASE_URL, E2E_MAIL_DIR); stop() puts the shared backend's settings back.
 */
export async function startOwnBackend(env: Record<string, string> = {}): Promise<OwnBackend> {
  const serverUrl = process.env.E2E_SERVER_DATABASE_URL;
  const template = process.env.E2E_TEMPLATE_DATABASE;
  const redisUrl = process.env.E2E_REDIS_URL;
  if (!serverUrl || !template || !redisUrl) throw new Error('E2E_SERVER_DATABASE_URL, E2E_TEMPLATE_DATABASE and E2E_REDIS_URL must be set (the e2e global setup sets them)');
  const database = await cloneDatabase(serverUrl, template);
  const scratch = await mkdtemp(join(tmpdir(), 'samverka-e2e-own-'));
  const databaseUrl = withDatabase(serverUrl, database);
  const queuePrefix = `e2e-own-${randomBytes(4).toString('hex')}`;
  const backend = await startConsoleBackend({ databaseUrl, redisUrl, mailDir: join(scratch, 'mail'), env: { STORAGE_DIR: join(scratch, 'files'), QUEUE_PREFIX: queuePrefix, ...env } });
  const shared = { E2E_BASE_URL: process.env.E2E_BASE_URL, E2E_DATABASE_URL: process.env.E2E_DATABASE_URL, E2E_MAIL_DIR: process.env.E2E_MAIL_DIR };
  Object.assign(process.env, { E2E_BASE_URL: backend.baseUrl, E2E_DATABASE_URL: databaseUrl, E2E_MAIL_DIR: join(scratch, 'mail') });
  return {
    queuePrefix,
    redisUrl,
    async stop() {
      await backend.stop();
      Object.assign(process.env, shared);
      await dropDatabase(serverUrl, database);
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * A backend of the test's own in demo mode, as `npm start` runs it: the demo work (cases,
 * applications, privacy requests, audit trail ...) is seeded at its start.
 */
export function startDemoBackend(): Promise<OwnBackend> {
  return startOwnBackend({ DEMO_MODE: 'true', DEMO_PASSWORD: TEST_DEMO_PASSWORD, DEMO_TOTP_SECRET: TEST_TOTP_SECRET });
}
