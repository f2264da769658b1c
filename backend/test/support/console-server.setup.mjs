import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startConsoleBackend } from './console-backend.mjs';
import { acquireServices, cloneDatabase, createTemplateDatabase, dropDatabase, ROOT, TEST_DEMO_PASSWORD, TEST_TOTP_SECRET, withDatabase } from './services.mjs';

/**
 * Starts the production build (the backend serving the built console) on a free port against a
 * fresh database holding the demo accounts, as a person would run it.
 */
export default async function consoleServerSetup() {
  for (const built of ['backend/dist/main.js', 'admin-ui/dist/index.html']) {
    if (!existsSync(join(ROOT, built))) throw new Error(`${built} is missing: run npm run build first (npm test does)`);
  }
  const services = await acquireServices();
  const template = await createTemplateDatabase(services.databaseUrl);
  const database = await cloneDatabase(services.databaseUrl, template);
  // The mailbox of the console tests: the backend writes each e-mail whole here (the outbox hides links).
  const mailDir = await mkdtemp(join(tmpdir(), 'samverka-e2e-mail-'));
  // Files of this run only: the audit chain's checkpoints of an earlier run, signed under another
  // run's key, read as forged (the repository's .data/files outlives a run).
  const storageDir = await mkdtemp(join(tmpdir(), 'samverka-e2e-files-'));
  const backend = await startConsoleBackend({
    databaseUrl: withDatabase(services.databaseUrl, database),
    redisUrl: services.redisUrl,
    mailDir,
    // The console tests register, confirm and reset many accounts from this one address (the
    // confirmations alone passed the default 30 an hour).
    env: { RATE_LIMIT_REGISTRATION_PER_HOUR: '1000', RATE_LIMIT_EMAIL_CONFIRMATION_PER_HOUR: '1000', RATE_LIMIT_PASSWORD_RESET_PER_HOUR: '1000', STORAGE_DIR: storageDir },
  });
  const baseUrl = backend.baseUrl;

  process.env.E2E_BASE_URL = baseUrl;
  // Every console test file shares this one database: a test that changes a row behind the API
  // (the audit chain page's) must put it back before it ends. The helpers also read from it which
  // TOTP step each account used last, since the server takes every code once.
  process.env.E2E_DATABASE_URL = withDatabase(services.databaseUrl, database);
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_DEMO_PASSWORD = TEST_DEMO_PASSWORD;
  // A test that needs a database of its own (the demo work seeded, say) clones the template.
  process.env.E2E_SERVER_DATABASE_URL = services.databaseUrl;
  process.env.E2E_TEMPLATE_DATABASE = template;
  process.env.E2E_REDIS_URL = services.redisUrl;
  process.env.E2E_TOTP_SECRET = TEST_TOTP_SECRET;
  globalThis.__samverkaConsoleServer = {
    async stop() {
      await backend.stop();
      for (const name of [database, template]) await dropDatabase(services.databaseUrl, name);
      await rm(mailDir, { recursive: true, force: true });
      await rm(storageDir, { recursive: true, force: true });
      await services.stop();
    },
  };
}
