import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** One definition of the connection, shared by the app and the migration CLI. Never synchronize. */
/**
 * `applicationName` shows in pg_stat_activity which process of the service holds a connection.
 * With `readUrl`, a replica serves the reads that ask for it (replica-reads.ts); all else stays on the primary.
 */
export function dataSourceOptions(databaseUrl: string, applicationName = 'samverka', readUrl?: string): DataSourceOptions {
  return {
    type: 'postgres',
    ...(readUrl ? { replication: { master: { url: databaseUrl }, slaves: [{ url: readUrl }], defaultMode: 'master' as const } } : { url: databaseUrl }),
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // A bounded wait for a connection: with PostgreSQL out of reach a request fails with 503 instead of hanging.
    extra: { max: 20, application_name: applicationName, connectionTimeoutMillis: 10_000 },
  };
}
