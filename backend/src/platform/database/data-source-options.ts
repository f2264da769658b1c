import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

/** One definition of the connection, shared by the app and the migration CLI. Never synchronize. */
/** `applicationName` shows in pg_stat_activity which process of the service holds a connection. */
export function dataSourceOptions(databaseUrl: string, applicationName = 'samverka'): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // A bounded wait for a connection: with PostgreSQL out of reach a request fails with 503 instead of hanging.
    extra: { max: 20, application_name: applicationName, connectionTimeoutMillis: 10_000 },
  };
}
