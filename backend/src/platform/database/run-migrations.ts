import type { DataSource } from 'typeorm';

/** Any fixed number: every process of the service takes the same lock around its migrations. */
const MIGRATION_LOCK = 72_616_001;

/**
 * Runs pending migrations with a PostgreSQL advisory lock held, because TypeORM takes none: when
 * several instances start on one database at once, one migrates and the others wait, then find
 * nothing left to do.
 */
export async function runMigrationsExclusively(db: DataSource): Promise<string[]> {
  const runner = db.createQueryRunner('master');
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return (await db.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await runner.release();
  }
}
