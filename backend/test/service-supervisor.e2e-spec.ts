import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';

interface ServiceHandle {
  url: string;
  pid: number;
  stop(): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  logTail(): string;
}
interface Supervised {
  url: string;
  pid(): number;
  restarts(): number;
  gaveUp: Promise<{ code: number | null; signal: NodeJS.Signals | null; last: string; failures: number }>;
  stop(): Promise<void>;
}
interface SupervisorOptions {
  name: string;
  start: () => Promise<ServiceHandle>;
  log?: (line: string) => void;
  maxQuickFailures?: number;
  quickMs?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

const SCRIPTS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../ops/scripts');

/** The first reply line to PING over a raw socket, or '' when nothing answers. */
const ping = (port: number): Promise<string> =>
  new Promise((done) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let data = '';
    const finish = (reply: string) => {
      socket.destroy();
      done(reply);
    };
    socket.setTimeout(1000, () => finish(''));
    socket.once('error', () => finish(''));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      data += chunk.toString('utf8');
      if (data.includes('\r\n')) finish(data.slice(0, data.indexOf('\r\n')));
    });
  });

async function eventually<T>(probe: () => Promise<T | false>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 100));
  }
}

/** A real process that dies at once, as a service that cannot stay up does. */
function crashingService(): Promise<ServiceHandle> {
  const child = spawn(process.execPath, ['-e', 'console.log("cannot stay up"); process.exit(3)'], { stdio: ['ignore', 'pipe', 'ignore'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  return Promise.resolve({ url: 'none://', pid: child.pid!, exited, logTail: () => output, stop: async () => void (await exited) });
}

describe('superviseService (npm start restarts a crashed embedded service)', () => {
  let superviseService: (options: SupervisorOptions) => Promise<Supervised>;
  let startPrivateRedis: (options: { dir: string; port: number }) => Promise<ServiceHandle>;
  let findFreePort: () => Promise<number>;
  let dir: string;
  beforeAll(async () => {
    ({ superviseService } = await import(join(SCRIPTS, 'service-supervisor.mjs')));
    ({ startPrivateRedis, findFreePort } = await import(join(SCRIPTS, 'local-services.mjs')));
    dir = await mkdtemp(join(tmpdir(), 'samverka-supervised-redis-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('starts Redis again after it is killed with SIGKILL, on the same port and data, and says so', async () => {
    const port = await findFreePort();
    const log: string[] = [];
    const redis = await superviseService({ name: 'Redis', start: () => startPrivateRedis({ dir, port }), log: (line) => log.push(line), initialDelayMs: 100 });
    try {
      expect(await ping(port)).toBe('+PONG');
      const first = redis.pid();
      process.kill(first, 'SIGKILL');
      await eventually(async () => redis.pid() !== first && (await ping(port)) === '+PONG', 'Redis to answer PING again');
      expect(redis.restarts()).toBe(1);
      expect(redis.url).toBe(`redis://127.0.0.1:${port}`);
      expect(log).toEqual([expect.stringMatching(/^samverka: Redis stopped unexpectedly \(SIGKILL[:)].*; restarting in 0\.1 s/), `samverka: Redis is running again (process ${redis.pid()})`]);
    } finally {
      await redis.stop();
    }
    // Stopped on purpose: it stays stopped.
    await new Promise((wait) => setTimeout(wait, 500));
    expect(await ping(port)).toBe('');
  });

  it('gives up after the set number of failures in quick succession, waiting longer each time', async () => {
    const log: string[] = [];
    const startedAt: number[] = [];
    const service = await superviseService({
      name: 'Flaky',
      start: () => (startedAt.push(Date.now()), crashingService()),
      log: (line) => log.push(line),
      maxQuickFailures: 3,
      initialDelayMs: 100,
    });
    const gaveUp = await service.gaveUp;
    expect(gaveUp).toEqual({ code: 3, signal: null, last: 'cannot stay up', failures: 3 });
    expect(startedAt).toHaveLength(3);
    // Backoff: 100 ms, then 200 ms.
    expect(startedAt[1] - startedAt[0]).toBeGreaterThanOrEqual(100);
    expect(startedAt[2] - startedAt[1]).toBeGreaterThanOrEqual(200);
    expect(log.at(-1)).toBe('samverka: Flaky stopped unexpectedly (exit code 3: cannot stay up); 3 failures in quick succession: giving up');
    await service.stop();
  });
});
