import { createHash } from 'node:crypto';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * A hot statement of fixed text, run as a named prepared statement on TypeORM's own pool, so
 * that PostgreSQL parses and plans it once per connection instead of on every request (planning
 * was a third of the queue page's time in PostgreSQL). Logged as TypeORM logs its own queries.
 *
 * Name the columns rather than `SELECT *`: a prepared statement whose result columns change
 * under it (a migration adding one) fails with "cached plan must not change result type".
 */
export class PreparedStatement<Row extends QueryResultRow> {
  readonly name: string;

  constructor(readonly text: string) {
    this.name = preparedStatementName(text);
    PREPARED_TEXTS.add(text);
  }

  /** On the pool, or inside the transaction of `executor` when it is a transaction's manager. */
  async rows(executor: DataSource | EntityManager, values: readonly unknown[]): Promise<Row[]> {
    const db = executor instanceof DataSource ? executor : executor.connection;
    const runner = executor instanceof DataSource ? undefined : executor.queryRunner;
    const query = { name: this.name, text: this.text, values: [...values] };
    db.logger.logQuery(this.text, query.values, runner);
    // TypeORM's query runners send only unnamed statements: the pg client or pool under them
    // (the driver's `master`) takes named ones.
    const target: Pool | PoolClient = runner ? await runner.connect() : (db.driver as unknown as { master: Pool }).master;
    const result = await target.query<Row>(query);
    return result.rows;
  }
}

const PREPARED_TEXTS = new Set<string>();

/** The same name for the same text in every process. */
export const preparedStatementName = (text: string): string => `s_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;

/** Whether the app sends this statement prepared: the benchmark's raw-SQL replay sends it the same way. */
export const isPreparedStatement = (text: string): boolean => PREPARED_TEXTS.has(text);
