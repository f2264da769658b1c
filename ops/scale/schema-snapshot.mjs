// Secondary structures around a bulk load: the indexes, primary keys, unique constraints and
// foreign keys of the loaded tables are taken out before COPY and put back after, from their
// own definitions in the catalogue, so the result is exactly the migrated schema.

/** Definitions to drop now and recreate later, for the given tables. */
export async function snapshot(client, tables) {
  const { rows: foreignKeys } = await client.query(
    `SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
      WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))`,
    [tables],
  );
  const { rows: keys } = await client.query(
    `SELECT c.conrelid::regclass::text AS table_name, c.conname AS name, pg_get_constraintdef(c.oid) AS definition, c.contype AS type
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u') AND c.conrelid::regclass::text = ANY($1)`,
    [tables],
  );
  const { rows: indexes } = await client.query(
    `SELECT i.indrelid::regclass::text AS table_name, ci.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid
      WHERE i.indrelid::regclass::text = ANY($1)
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  return { foreignKeys, keys, indexes };
}

export async function dropAll(client, { foreignKeys, keys, indexes }) {
  for (const fk of foreignKeys) await client.query(`ALTER TABLE ${fk.table_name} DROP CONSTRAINT ${quote(fk.name)}`);
  for (const key of keys) await client.query(`ALTER TABLE ${key.table_name} DROP CONSTRAINT ${quote(key.name)}`);
  for (const index of indexes) await client.query(`DROP INDEX ${quote(index.name)}`);
}

/**
 * Keys and indexes first (on `workers` connections: index builds are CPU-bound, one per core),
 * then the foreign keys, which need the keys they point at.
 */
export async function restoreAll(clients, { foreignKeys, keys, indexes }, onDone = () => {}) {
  const structural = [
    ...keys.map((key) => ({ name: key.name, sql: `ALTER TABLE ${key.table_name} ADD CONSTRAINT ${quote(key.name)} ${key.definition}` })),
    ...indexes.map((index) => ({ name: index.name, sql: index.definition })),
  ];
  await runOn(clients, structural, onDone);
  await runOn(
    clients,
    foreignKeys.map((fk) => ({ name: fk.name, sql: `ALTER TABLE ${fk.table_name} ADD CONSTRAINT ${quote(fk.name)} ${fk.definition}` })),
    onDone,
  );
}

async function runOn(clients, statements, onDone) {
  // Largest tables' statements first would be better still; the list is short enough as it is.
  const queue = [...statements];
  await Promise.all(
    clients.map(async (client) => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const started = Date.now();
        try {
          await client.query(next.sql);
        } catch (error) {
          // Two foreign keys checked at once can wait on each other's tables: take it again.
          if (error.code !== '40P01') throw error;
          queue.push(next);
          continue;
        }
        onDone(next.name, Date.now() - started);
      }
    }),
  );
}

const quote = (name) => `"${name.replace(/"/g, '""')}"`;
