import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT, TEST_MFA_ENCRYPTION_KEY } from './services.mjs';

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
 * Starts the production build (the backend serving the built console) on a free port against
 * `databaseUrl`, as a person would run it; `env` adds or overrides variables (DEMO_MODE ...).
 */
export async function startConsoleBackend({ databaseUrl, redisUrl, mailDir, env = {} }) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [join(ROOT, 'backend/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      JWT_SECRET: randomBytes(32).toString('hex'),
      MFA_ENCRYPTION_KEY: TEST_MFA_ENCRYPTION_KEY,
      QUEUE_PREFIX: `e2e-${randomBytes(4).toString('hex')}`,
      CONSOLE_DIR: join(ROOT, 'admin-ui/dist'),
      LOG_LEVEL: 'warn',
      MAIL_CAPTURE_DIR: mailDir,
      DEMO_MODE: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (chunk) => (log = (log + chunk.toString()).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  await waitForHealth(baseUrl, child, () => log);
  return {
    baseUrl,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}
