import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';

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

  async rows(db: DataSource, values: readonly unknown[]): Promise<Row[]> {
    db.logger.logQuery(this.text, [...values]);
    // TypeORM keeps its pg pool on the driver; its query runner only sends unnamed statements.
    const pool = (db.driver as unknown as { master: Pool }).master;
    const result = await pool.query<Row>({ name: this.name, text: this.text, values: [...values] });
    return result.rows;
  }
}

const PREPARED_TEXTS = new Set<string>();

/** The same name for the same text in every process. */
export const preparedStatementName = (text: string): string => `s_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;

/** Whether the app sends this statement prepared: the benchmark's raw-SQL replay sends it the same way. */
export const isPreparedStatement = (text: string): boolean => PREPARED_TEXTS.has(text);
