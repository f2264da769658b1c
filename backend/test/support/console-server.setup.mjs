import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { acquireServices, cloneDatabase, createTemplateDatabase, dropDatabase, ROOT, TEST_DEMO_PASSWORD, TEST_MFA_ENCRYPTION_KEY, TEST_TOTP_SECRET, withDatabase } from './services.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl, child, output) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the backend exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`the backend did not become healthy within 60 s:\n${output()}`);
}

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
  const port = await freePort();
  // The mailbox of the console tests: the backend writes each e-mail whole here (the outbox hides links).
  const mailDir = await mkdtemp(join(tmpdir(), 'samverka-e2e-mail-'));
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [join(ROOT, 'backend/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: withDatabase(services.databaseUrl, database),
      REDIS_URL: services.redisUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      MFA_ENCRYPTION_KEY: TEST_MFA_ENCRYPTION_KEY,
      QUEUE_PREFIX: `e2e-${randomBytes(4).toString('hex')}`,
      CONSOLE_DIR: join(ROOT, 'admin-ui/dist'),
      LOG_LEVEL: 'warn',
      MAIL_CAPTURE_DIR: mailDir,
      DEMO_MODE: 'false',
      // The console tests register several citizens from this one address.
      RATE_LIMIT_REGISTRATION_PER_HOUR: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  await waitForHealth(baseUrl, child, () => log);

  process.env.E2E_BASE_URL = baseUrl;
  // Every console test file shares this one database: a test that changes a row behind the API
  // (the audit chain page's) must put it back before it ends. The helpers also read from it which
  // TOTP step each account used last, since the server takes every code once.
  process.env.E2E_DATABASE_URL = withDatabase(services.databaseUrl, database);
  process.env.E2E_MAIL_DIR = mailDir;
  process.env.E2E_DEMO_PASSWORD = TEST_DEMO_PASSWORD;
  process.env.E2E_TOTP_SECRET = TEST_TOTP_SECRET;
  globalThis.__samverkaConsoleServer = {
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      for (const name of [database, template]) await dropDatabase(services.databaseUrl, name);
      await rm(mailDir, { recursive: true, force: true });
      await services.stop();
    },
  };
}
