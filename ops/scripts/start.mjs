#!/usr/bin/env node
// `npm start`: run Samverka on this machine with no configuration.
//
//   - data lives in <repo>/.data/ (postgres/, postgres.password, redis/, demo-password,
//     demo-totp-secret, jwt-secret)
//   - DATABASE_URL / REDIS_URL: when set they are used as they are; otherwise an embedded
//     PostgreSQL (PG_PORT, default 5433) and a private redis-server (REDIS_PORT, default 6380) start;
//     the embedded cluster's superuser only migrates (DATABASE_MIGRATION_URL), the service runs as
//     the least-privilege role samverka_app (password in .data/postgres-app-password)
//   - builds shared/, backend/ and admin-ui/ when their output is missing
//   - runs node backend/dist/main.js (which migrates and seeds the demo data itself), waits for
//     /api/health and prints the URL and the demo accounts
//   - a crashed embedded PostgreSQL or Redis is started again with backoff (service-supervisor.mjs);
//     after 5 crashes in quick succession everything stops
//   - Ctrl+C / SIGTERM: stops the backend, then Redis, then PostgreSQL
//
// Every expected failure is one line starting with "samverka: " and exit code 1.

import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKEND_NODE_FLAGS } from './backend-node-flags.mjs';
import { superviseService } from './service-supervisor.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataRoot = path.join(repo, '.data');
const rel = (/** @type {string} */ p) => path.relative(process.cwd(), p) || '.';

class LaunchError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.expected = true;
  }
}
/** @param {string} message @returns {never} */
const fail = (message) => {
  throw new LaunchError(message);
};

const DEMO_ACCOUNTS = [
  ['owner@demo.samverka.se', 'platform owner'],
  ['moderator@demo.samverka.se', 'moderator'],
  ['coordinator.sigtuna@demo.samverka.se', 'coordinator, Sigtuna'],
  ['coordinator.strangnas@demo.samverka.se', 'coordinator, Strängnäs'],
  ['citizen@demo.samverka.se', 'citizen, Sigtuna; owns a locked group in Gamla stan'],
  ['resident.strangnas@demo.samverka.se', 'citizen, Strängnäs; owns a group'],
  ['coordinator2.sigtuna@demo.samverka.se', 'second coordinator, Sigtuna (four-eyes)'],
  ['officer.sigtuna@demo.samverka.se', 'police officer with the emblem of Sigtuna police'],
];

// ---------------------------------------------------------------------------------------------
// lifecycle: things to stop, in reverse start order (backend, then Redis, then PostgreSQL)

/** @type {{ name: string, stop: () => Promise<void> }[]} */
const running = [];
/** @type {import('node:child_process').ChildProcess | undefined} a build in progress */
let buildChild;
let shuttingDown = false;

/** @param {number} code @param {string} [why] */
async function shutdown(code, why) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (why) console.error(`samverka: ${why}`);
  buildChild?.kill('SIGTERM');
  if (running.length)
    console.error(
      `samverka: stopping ${[...running]
        .reverse()
        .map((r) => r.name)
        .join(', ')}...`,
    );
  while (running.length) {
    const item = /** @type {{ name: string, stop: () => Promise<void> }} */ (running.pop());
    try {
      await item.stop();
    } catch (err) {
      console.error(`samverka: stopping ${item.name} failed: ${/** @type {Error} */ (err)?.message ?? err}`);
    }
  }
  if (code === 0) console.error('samverka: stopped');
  process.exit(code);
}

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(signal, () => {
    if (shuttingDown) {
      // Second Ctrl+C: give up waiting. Exit hooks still signal whatever is left.
      console.error('samverka: forced exit');
      process.exit(1);
    }
    console.error('');
    void shutdown(0);
  });
}

// ---------------------------------------------------------------------------------------------
// configuration

/** @param {string} name @param {number} fallback */
function portFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name} must be a port number (1-65535), got "${raw}"`);
  return port;
}

/** Readable but strong: 4 groups of 5 from an alphabet without look-alikes (~99 bits). */
function generateDemoPassword() {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => alphabet[randomInt(alphabet.length)]).join(''));
    const password = groups.join('-');
    // Satisfy the usual password rules (lower, upper, digit, a symbol via the dashes).
    if (/[a-z]/.test(password) && /[A-Z]/.test(password) && /[0-9]/.test(password)) return password;
  }
}

/** A base32 TOTP secret (160 bits), the one second factor of every demo staff account. */
function generateTotpSecret() {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  return Array.from({ length: 32 }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/**
 * The value stored in `file` (mode 600), created with `generate()` on first use.
 * @param {string} file @param {() => string} generate
 */
async function storedSecret(file, generate) {
  try {
    const value = (await fs.readFile(file, 'utf8')).trim();
    if (value) {
      const { mode } = await fs.stat(file);
      if (mode & 0o077) await fs.chmod(file, 0o600);
      return value;
    }
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'ENOENT') {
      fail(`cannot read ${rel(file)}: ${/** @type {Error} */ (err).message}`);
    }
  }
  const value = generate();
  await fs.writeFile(file, `${value}\n`, { mode: 0o600 });
  await fs.chmod(file, 0o600);
  return value;
}

/** @param {string | undefined} raw */
function demoModeFrom(raw) {
  if (raw === undefined || raw.trim() === '') return true;
  const v = raw.trim().toLowerCase();
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  return fail(`DEMO_MODE must be true or false, got "${raw}"`);
}

// ---------------------------------------------------------------------------------------------
// builds

/** npm itself: the one running `npm start` when there is one, else npm from PATH. */
function npmCommand() {
  const execPath = process.env.npm_execpath;
  if (execPath && /\.c?js$/.test(execPath) && existsSync(execPath)) return [process.execPath, [execPath]];
  return ['npm', []];
}

/** @param {string} workspace @param {string} output */
async function buildIfMissing(workspace, output) {
  if (existsSync(path.join(repo, output))) return;
  console.log(`samverka: ${output} is missing, running npm run build -w ${workspace}`);
  const [command, prefix] = npmCommand();
  const code = await new Promise((resolve) => {
    buildChild = spawn(/** @type {string} */ (command), [.../** @type {string[]} */ (prefix), 'run', 'build', '-w', workspace], {
      cwd: repo,
      stdio: 'inherit',
    });
    buildChild.once('error', (err) => {
      console.error(`samverka: cannot run npm: ${err.message}`);
      resolve(127);
    });
    buildChild.once('exit', (c, signal) => resolve(signal ? 1 : c));
  });
  buildChild = undefined;
  if (shuttingDown) return new Promise(() => {}); // a signal arrived: shutdown() exits
  if (code !== 0) fail(`building ${workspace} failed (npm run build -w ${workspace} exited with ${code}): fix the errors above`);
  if (!existsSync(path.join(repo, output))) fail(`npm run build -w ${workspace} succeeded but ${output} is still missing`);
}

// ---------------------------------------------------------------------------------------------
// backend

/** @param {number} port */
async function waitForHealth(port, /** @type {() => boolean} */ backendAlive) {
  const url = `http://127.0.0.1:${port}/api/health`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (!backendAlive() || shuttingDown) return new Promise(() => {}); // the exit handler takes over
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer().catch(() => {});
      if (res.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  fail(`the backend did not answer ${url} with 200 within 60 s (see its log above)`);
}

// ---------------------------------------------------------------------------------------------

/** Node.js 20 is past its end of life, and nestjs-pino and file-type need 22.12 or later. */
function assertSupportedNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    fail(`Node.js ${process.versions.node} is not supported: use Node.js 22.12 or later (24 LTS recommended)`);
  }
}

async function main() {
  assertSupportedNode();
  if (!existsSync(path.join(repo, 'node_modules'))) fail('dependencies are missing: run npm install first');
  /** @type {typeof import('./local-services.mjs')} */
  let services;
  try {
    services = await import('./local-services.mjs');
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ERR_MODULE_NOT_FOUND') {
      fail(`a dependency is missing (${/** @type {Error} */ (err).message.split('\n')[0]}): run npm install`);
    }
    throw err;
  }
  const { startEmbeddedPostgres, startPrivateRedis, isPortFree } = services;

  // -- configuration
  const port = portFromEnv('PORT', 3000);
  const externalDb = Boolean(process.env.DATABASE_URL?.trim());
  const externalRedis = Boolean(process.env.REDIS_URL?.trim());
  const pgPort = portFromEnv('PG_PORT', 5433);
  const redisPort = portFromEnv('REDIS_PORT', 6380);
  const demoMode = demoModeFrom(process.env.DEMO_MODE);

  // -- ports first, before anything slow
  const free = async (/** @type {number} */ p) => {
    for (const host of ['127.0.0.1', '::', '0.0.0.0']) {
      try {
        if (!(await isPortFree(p, host))) return false;
      } catch {
        /* e.g. no IPv6: that address cannot clash */
      }
    }
    return true;
  };
  if (!(await free(port))) fail(`port ${port} is in use: set PORT=${port + 1} npm start or stop the other process`);
  if (!externalDb && !(await isPortFree(pgPort))) fail(`port ${pgPort} is in use: set PG_PORT or stop the other server`);
  if (!externalRedis && !(await isPortFree(redisPort))) fail(`port ${redisPort} is in use: set REDIS_PORT or stop the other server`);
  if (!externalDb && !externalRedis && pgPort === redisPort) fail('PG_PORT and REDIS_PORT must differ');
  if ((!externalDb && pgPort === port) || (!externalRedis && redisPort === port)) fail('PORT must differ from PG_PORT and REDIS_PORT');

  // -- .data: traversable by others (the postgres user must reach .data/postgres), secrets are 600
  await fs.mkdir(dataRoot, { recursive: true, mode: 0o711 });
  if (((await fs.stat(dataRoot)).mode & 0o001) === 0) await fs.chmod(dataRoot, 0o711);

  let jwtSecret = process.env.JWT_SECRET?.trim();
  if (jwtSecret) {
    if (jwtSecret.length < 32) fail('JWT_SECRET must be at least 32 characters: set a longer one, or unset it to use .data/jwt-secret');
  } else {
    jwtSecret = await storedSecret(path.join(dataRoot, 'jwt-secret'), () => randomBytes(48).toString('base64url'));
  }

  let demoPassword = process.env.DEMO_PASSWORD?.trim() || undefined;
  if (demoMode && !demoPassword) demoPassword = await storedSecret(path.join(dataRoot, 'demo-password'), generateDemoPassword);
  let demoTotpSecret = process.env.DEMO_TOTP_SECRET?.trim() || undefined;
  // otplib refuses secrets under 128 bits: 26 base32 characters.
  if (demoTotpSecret && !/^[A-Z2-7]{26,128}$/.test(demoTotpSecret)) fail('DEMO_TOTP_SECRET must be a base32 secret of at least 128 bits (A-Z, 2-7, 26 to 128 characters)');
  // The service checks the rest (the last character's unused bits) and stops with one line.
  if (demoMode && !demoTotpSecret) demoTotpSecret = await storedSecret(path.join(dataRoot, 'demo-totp-secret'), generateTotpSecret);

  // -- builds
  const consoleDir = process.env.CONSOLE_DIR?.trim() || path.join(repo, 'admin-ui', 'dist');
  await buildIfMissing('shared', 'shared/dist/index.js');
  await buildIfMissing('backend', 'backend/dist/main.js');
  if (!process.env.CONSOLE_DIR?.trim()) await buildIfMissing('admin-ui', 'admin-ui/dist/index.html');
  if (shuttingDown) return;

  // -- services (started in order PostgreSQL, Redis; stopped in reverse). A crashed one is started
  // again with a growing pause while the backend rides the gap out; after several crashes in quick
  // succession the launcher gives up and stops everything.
  /**
   * @param {string} name
   * @param {() => Promise<import('./local-services.mjs').ServiceHandle>} start
   */
  const supervised = async (name, start) => {
    const service = await superviseService({ name, start });
    const entry = { name, stop: () => service.stop() };
    running.push(entry);
    // `gaveUp` only ever resolves (when the supervisor gives up), so there is no rejection to lose.
    void service.gaveUp.then(({ code, signal, last, failures }) => {
      if (shuttingDown) return;
      running.splice(running.indexOf(entry), 1);
      void shutdown(1, `${name} stopped unexpectedly ${failures} times in quick succession (last: ${signal ?? `exit code ${code}`})${last ? `: ${last}` : ''}`);
    });
    return service;
  };

  let databaseUrl = process.env.DATABASE_URL?.trim();
  let databaseMigrationUrl = process.env.DATABASE_MIGRATION_URL?.trim() || undefined;
  if (!databaseUrl) {
    const t = Date.now();
    const firstRun = !existsSync(path.join(dataRoot, 'postgres', 'PG_VERSION'));
    console.log(`samverka: ${firstRun ? 'initialising' : 'starting'} PostgreSQL in ${rel(path.join(dataRoot, 'postgres'))} on port ${pgPort}`);
    const db = await supervised('PostgreSQL', () => startEmbeddedPostgres({ dataDir: path.join(dataRoot, 'postgres'), port: pgPort }));
    if (shuttingDown) return void (await db.stop());
    // The cluster's superuser only migrates; the service runs as samverka_app, which the backend
    // creates and grants at start (see backend/src/platform/database/app-role.ts).
    const appPassword = await storedSecret(path.join(dataRoot, 'postgres-app-password'), () => randomBytes(24).toString('base64url'));
    const appUrl = new URL(db.url);
    appUrl.username = 'samverka_app';
    appUrl.password = appPassword;
    databaseMigrationUrl = db.url;
    databaseUrl = appUrl.toString();
    console.log(`samverka: PostgreSQL ready (${Date.now() - t} ms)`);
  }

  let redisUrl = process.env.REDIS_URL?.trim();
  if (!redisUrl) {
    console.log(`samverka: starting Redis in ${rel(path.join(dataRoot, 'redis'))} on port ${redisPort}`);
    const redis = await supervised('Redis', () => startPrivateRedis({ dir: path.join(dataRoot, 'redis'), port: redisPort }));
    if (shuttingDown) return void (await redis.stop());
    redisUrl = redis.url;
  }

  // -- backend
  const baseUrl = `http://localhost:${port}`;
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV?.trim() || 'production',
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    ...(databaseMigrationUrl ? { DATABASE_MIGRATION_URL: databaseMigrationUrl } : {}),
    REDIS_URL: redisUrl,
    JWT_SECRET: jwtSecret,
    DEMO_MODE: demoMode ? 'true' : 'false',
    CONSOLE_DIR: consoleDir,
    PUBLIC_URL: process.env.PUBLIC_URL?.trim() || baseUrl,
  };
  // Without SMTP the e-mail (confirmation and reset links, codes) lands whole in this folder: the
  // console's outbox shows it with those secrets hidden.
  if (!env.SMTP_URL && !env.MAIL_CAPTURE_DIR) env.MAIL_CAPTURE_DIR = path.join(dataRoot, 'mail');
  if (demoPassword) env.DEMO_PASSWORD = demoPassword;
  else delete env.DEMO_PASSWORD;
  if (demoTotpSecret) env.DEMO_TOTP_SECRET = demoTotpSecret;
  else delete env.DEMO_TOTP_SECRET;

  console.log('samverka: starting the backend');
  // Own process group, so a Ctrl+C reaches only this launcher, which stops things in order.
  const backend = spawn(process.execPath, [...BACKEND_NODE_FLAGS, path.join(repo, 'backend', 'dist', 'main.js')], {
    cwd: repo,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  let backendAlive = true;
  const backendExited = new Promise((resolve) => {
    backend.once('error', (err) => {
      backendAlive = false;
      void shutdown(1, `cannot start the backend: ${err.message}`);
      resolve(undefined);
    });
    backend.once('exit', (code, signal) => {
      backendAlive = false;
      resolve(undefined);
      if (shuttingDown) return;
      if (running.includes(backendEntry)) running.splice(running.indexOf(backendEntry), 1);
      const exitCode = code ?? 1;
      void shutdown(exitCode, `the backend exited ${signal ? `on ${signal}` : `with code ${code}`}${exitCode ? ' (see its log above)' : ''}`);
    });
  });
  const killBackendOnExit = () => {
    if (backendAlive && backend.pid) {
      try {
        process.kill(backend.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  process.on('exit', killBackendOnExit);
  const backendEntry = {
    name: 'backend',
    stop: async () => {
      if (!backendAlive) return;
      backend.kill('SIGTERM');
      const timer = setTimeout(() => backendAlive && backend.kill('SIGKILL'), 20_000);
      await backendExited;
      clearTimeout(timer);
    },
  };
  running.push(backendEntry);

  await waitForHealth(port, () => backendAlive);
  if (shuttingDown) return;

  // -- banner
  const lines = ['', `  Samverka is running at ${baseUrl}`, ''];
  if (demoMode) {
    lines.push(`  Demo accounts (password: ${demoPassword}):`);
    const width = Math.max(...DEMO_ACCOUNTS.map(([email]) => email.length));
    for (const [email, role] of DEMO_ACCOUNTS) lines.push(`    ${email.padEnd(width)}  ${role}`);
    lines.push(
      '',
      `  Staff sign in with a second factor: add this TOTP secret to an authenticator app`,
      `  (shared by every demo staff account): ${demoTotpSecret}`,
      `  otpauth://totp/Samverka:demo?secret=${demoTotpSecret}&issuer=Samverka`,
      '',
      `  The demo police's public badge page: ${baseUrl}/verify/DEMOP-0L1S7 (the officer's emblem: ${baseUrl}/verify/DEMOE-MB1EM)`,
    );
  } else {
    lines.push('  Demo mode is off (DEMO_MODE=false).');
  }
  if (env.MAIL_CAPTURE_DIR) lines.push('', `  E-mail is not sent (no SMTP_URL): each message is written to ${rel(env.MAIL_CAPTURE_DIR)}`);
  lines.push(
    '',
    `  PostgreSQL: ${externalDb ? 'DATABASE_URL' : `embedded, port ${pgPort}`}   Redis: ${externalRedis ? 'REDIS_URL' : `private, port ${redisPort}`}   Data: ${rel(dataRoot)}`,
    '  Press Ctrl+C to stop.',
    '',
  );
  console.log(lines.join('\n'));
}

main().catch((err) => {
  const expected = err instanceof LaunchError || err?.expected === true;
  const message = String(err?.message ?? err).split('\n')[0];
  if (!expected && err?.stack) console.error(err.stack);
  void shutdown(1, expected ? message : `unexpected error: ${message}`);
});
