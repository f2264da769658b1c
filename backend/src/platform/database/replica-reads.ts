import type { DataSource, EntityManager } from 'typeorm';

/**
 * Reads that tolerate lag (dashboards, exports) go to the replica named by DATABASE_READ_URL;
 * without one, TypeORM hands a 'slave' runner the primary's connection, so callers need not know.
 * Everything else reads the primary (replication `defaultMode: 'master'`): read-your-writes holds.
 */
export async function onReplica<T>(db: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner('slave');
  try {
    return await work(runner.manager);
  } finally {
    await runner.release();
  }
}

/**
 * Whether the connection has seen everything committed up to `moment`: always on the primary;
 * on a replica, once it has replayed a transaction committed at or after it.
 */
export async function hasCaughtUpWith(manager: EntityManager, moment: Date): Promise<boolean> {
  const [state]: { replica: boolean; replayed: Date | null }[] = await manager.query(`SELECT pg_is_in_recovery() AS replica, pg_last_xact_replay_timestamp() AS replayed`);
  return !state.replica || (state.replayed !== null && state.replayed >= moment);
}
