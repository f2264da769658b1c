// PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres` user.
// That user cannot enter a checkout under a mode-700 directory (root's home, what `mktemp -d`
// makes), so from such a checkout:
// - the binaries are copied once to a cache directory it can reach (one copy per version), and
// - a cluster asked for inside the checkout lives under a state directory it can reach, with a
//   symlink at the place asked for, so `.data/` still shows where the data is and removing
//   `.data/` still starts afresh.

import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { ServiceError } from './service-error.mjs';

/** @typedef {{ uid: number, gid: number }} PosixIds */

export const DEFAULT_CACHE_ROOT = process.env.SAMVERKA_CACHE_DIR || '/var/cache/samverka';
export const DEFAULT_STATE_ROOT = process.env.SAMVERKA_STATE_DIR || '/var/lib/samverka';

/** @param {string} name @returns {PosixIds | undefined} */
export function lookupUser(name) {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

/** The `postgres` user, created as a system user when the machine has none. */
export function ensurePostgresUser() {
  const existing = lookupUser('postgres');
  if (existing) return existing;
  spawnSync('groupadd', ['--system', 'postgres'], { stdio: 'ignore' });
  spawnSync('useradd', ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], { stdio: 'ignore' });
  const created = lookupUser('postgres');
  if (!created) {
    throw new ServiceError("PostgreSQL cannot run as root and no 'postgres' user could be created: create one (useradd postgres), or set DATABASE_URL");
  }
  return created;
}

/**
 * Whether `ids` can enter `target` (a directory) or execute it (a file), checked the way the
 * server will run: same uid and gid, no supplementary groups.
 * @param {PosixIds} ids @param {string} target
 */
export function canReach(ids, target) {
  return spawnSync('/bin/sh', ['-c', 'test -x "$1"', 'sh', target], { uid: ids.uid, gid: ids.gid, stdio: 'ignore' }).status === 0;
}

/** The first directory on the way to `target` that `ids` cannot enter, for error messages. */
function firstBlocked(/** @type {PosixIds} */ ids, /** @type {string} */ target) {
  let current = path.sep;
  for (const part of path.resolve(target).split(path.sep).filter(Boolean)) {
    const next = path.join(current, part);
    if (!canReach(ids, next)) return next;
    current = next;
  }
  return undefined;
}

/** Makes `dir` (and its missing parents) with mode 755, and checks that `ids` can enter it. */
async function reachableDirectory(/** @type {PosixIds} */ ids, /** @type {string} */ dir, /** @type {string} */ setting) {
  await fs.mkdir(dir, { recursive: true, mode: 0o755 });
  if (!canReach(ids, dir)) {
    throw new ServiceError(`the 'postgres' user cannot enter ${firstBlocked(ids, dir) ?? dir}: set ${setting} to a directory it can reach, or set DATABASE_URL`);
  }
}

/**
 * The directory holding bin/, lib/ and share/ of the embedded PostgreSQL, as `ids` can run it:
 * `nativeDir` itself when reachable, otherwise a copy under `cacheRoot` made once per version.
 * @param {{ nativeDir: string, version: string, ids: PosixIds, cacheRoot?: string }} options
 */
export async function reachableNativeDir({ nativeDir, version, ids, cacheRoot = DEFAULT_CACHE_ROOT }) {
  if (canReach(ids, path.join(nativeDir, 'bin', 'postgres'))) return nativeDir;
  const target = path.join(cacheRoot, `postgres-${version}-${os.platform()}-${os.arch()}`);
  const complete = path.join(target, '.complete');
  try {
    await fs.access(complete);
    return target;
  } catch {
    /* not copied yet */
  }
  await reachableDirectory(ids, cacheRoot, 'SAMVERKA_CACHE_DIR');
  // Copied beside the target and renamed into place, so a copy cut short is never used.
  const partial = `${target}.partial-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await fs.chmod(partial, 0o755);
    await fs.writeFile(path.join(partial, '.complete'), `${nativeDir}\n`);
    await fs.rm(target, { recursive: true, force: true });
    await fs.rename(partial, target);
  } catch (err) {
    await fs.rm(partial, { recursive: true, force: true });
    // Another process may have put the same copy in place meanwhile.
    try {
      await fs.access(complete);
      return target;
    } catch {
      throw err;
    }
  }
  return target;
}

/**
 * Where the cluster asked for at `dataDir` can live so that `ids` reaches it: `dataDir` itself
 * when its parent is reachable, otherwise a directory under `stateRoot` named after `dataDir`,
 * with a symlink at `dataDir`.
 * @param {{ dataDir: string, ids: PosixIds, stateRoot?: string }} options
 */
export async function reachableDataDir({ dataDir, ids, stateRoot = DEFAULT_STATE_ROOT }) {
  const parent = path.dirname(dataDir);
  await fs.mkdir(parent, { recursive: true });
  const link = await fs.lstat(dataDir).catch(() => undefined);
  if (link?.isSymbolicLink()) {
    const target = path.resolve(parent, await fs.readlink(dataDir));
    if (canReach(ids, path.dirname(target))) return target;
  }
  if (canReach(ids, parent)) return dataDir;
  if (link && !link.isSymbolicLink()) {
    throw new ServiceError(
      `PostgreSQL runs as the 'postgres' user, which cannot enter ${firstBlocked(ids, parent) ?? parent} to reach the cluster in ${dataDir}: move that cluster away to start afresh, or set DATABASE_URL`,
    );
  }
  const home = path.join(stateRoot, createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16));
  await reachableDirectory(ids, home, 'SAMVERKA_STATE_DIR');
  const relocated = path.join(home, 'postgres');
  // Nothing at `dataDir` means a fresh start was asked for: a cluster left from before is not reused.
  await fs.rm(relocated, { recursive: true, force: true });
  if (link) await fs.unlink(dataDir);
  await fs.symlink(relocated, dataDir);
  return relocated;
}
