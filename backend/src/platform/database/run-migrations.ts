import { DataSource } from 'typeorm';
import { prepareAppRole } from './app-role.js';
import { dataSourceOptions } from './data-source-options.js';

/** Any fixed number: every process of the service takes the same lock around its migrations. */
const MIGRATION_LOCK = 72_616_001;

/**
 * Runs pending migrations with a PostgreSQL advisory lock held, because TypeORM takes none: when
 * several instances start on one database at once, one migrates and the others wait, then find
 * nothing left to do. `after` runs under the same lock (the application role's grants).
 */
export async function runMigrationsExclusively(db: DataSource, after?: (db: DataSource) => Promise<void>): Promise<string[]> {
  const runner = db.createQueryRunner('master');
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      const ran = (await db.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
      await after?.(db);
      return ran;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * With DATABASE_MIGRATION_URL: migrates as the owner role and grants the application role of
 * `appUrl` what it needs, then lets go; the service itself connects as the application role.
 */
export async function migrateAsOwner(ownerUrl: string, appUrl: string): Promise<string[]> {
  const owner = await new DataSource(dataSourceOptions(ownerUrl, `samverka-migrate-${process.pid}`)).initialize();
  try {
    return await runMigrationsExclusively(owner, (db) => prepareAppRole(db, appUrl));
  } finally {
    await owner.destroy();
  }
}
