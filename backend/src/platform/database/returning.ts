import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The rows of an `UPDATE ... RETURNING` or `DELETE ... RETURNING` run through `manager.query`:
 * TypeORM's PostgreSQL driver answers those as `[rows, affectedCount]`, and plain rows otherwise.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/**
 * An entity from a row a raw statement returned (`INSERT ... ON CONFLICT ... RETURNING *`, which
 * the query builder cannot express with a partial unique index): columns mapped by the entity's
 * own metadata, values as the driver parsed them.
 */
export function entityFromRow<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.columns) column.setEntityValue(entity, row[column.databaseName]);
  return entity;
}

/** The entity's column names, `alias.`-qualified when given: a select list that names every column. */
export function entityColumns<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, alias?: string): string {
  return manager.connection
    .getMetadata(target)
    .columns.map((column) => (alias ? `${alias}.${column.databaseName}` : column.databaseName))
    .join(', ');
}
