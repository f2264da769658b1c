import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { TABLE_OWNERS } from '../src/platform/database/table-owners.js';
import { withDatabase } from './support/services.mjs';
import { required } from './support/test-app.js';

const listed: readonly string[] = Object.values(TABLE_OWNERS).flat();

/** Issue 19, point 3: every table the migrations create has exactly one owning context. */
describe('TABLE_OWNERS', () => {
  let db: pg.Client;
  let migrated: string[];
  beforeAll(async () => {
    // The template is migrated once for every test file; reading its catalogue changes nothing.
    db = new pg.Client({ connectionString: withDatabase(required('SAMVERKA_TEST_SERVER_URL'), required('SAMVERKA_TEST_TEMPLATE')) });
    await db.connect();
    const { rows } = await db.query<{ name: string }>(
      `SELECT CASE WHEN table_schema = 'public' THEN table_name ELSE table_schema || '.' || table_name END AS name
         FROM information_schema.tables
        WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    migrated = rows.map((row) => row.name).sort();
  });
  afterAll(() => db?.end());

  it('names an owner for every table in a migrated database', () => {
    expect(migrated.length).toBeGreaterThan(50);
    expect(migrated.filter((table) => !listed.includes(table))).toEqual([]);
  });

  it('names no table that the migrations do not create', () => {
    expect(listed.filter((table) => !migrated.includes(table))).toEqual([]);
  });

  it('gives each table exactly one owner', () => {
    expect(listed.filter((table, i) => listed.indexOf(table) !== i)).toEqual([]);
  });

  it('names only contexts that are folders of backend/src', () => {
    const src = fileURLToPath(new URL('../src', import.meta.url));
    expect(Object.keys(TABLE_OWNERS).filter((context) => !existsSync(join(src, context)))).toEqual([]);
  });
});
