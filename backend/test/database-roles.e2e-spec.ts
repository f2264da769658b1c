import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { prepareAppRole, roleOf } from '../src/platform/database/app-role.js';
import { TEST_APP_ROLE } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The service connects as a role that owns nothing and may only read and write rows. */
describe('Database roles', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('runs the service as the application role, not the owner, and that role has no power of its own', async () => {
    const [me] = await t.db.query(`SELECT current_user AS name, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user`);
    expect(me).toEqual({ name: TEST_APP_ROLE.name, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const [owned] = await t.db.query(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`);
    expect(owned.n).toBe(0);
    expect(roleOf(t.config.databaseUrl).name).toBe(TEST_APP_ROLE.name);
  });

  it('refuses to switch off triggers, replication mode, or alter, drop and create tables as the application role', async () => {
    const refused = [
      `ALTER TABLE audit_events DISABLE TRIGGER ALL`,
      `ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`,
      `SET session_replication_role = replica`,
      `ALTER TABLE audit_events ADD COLUMN note text`,
      `ALTER TABLE users DROP COLUMN email`,
      `DROP TABLE audit_chain_head`,
      `DROP TABLE users CASCADE`,
      `DROP FUNCTION audit_events_refuse_change() CASCADE`,
      `CREATE TABLE intruder (id int)`,
      `CREATE OR REPLACE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql AS $$ SELECT 'x' $$`,
      `TRUNCATE audit_events`,
      `UPDATE audit_events SET reason = 'x'`,
      `DELETE FROM typeorm_migrations`,
    ];
    for (const sql of refused) {
      await expect(t.db.query(sql)).rejects.toThrow(/permission denied|must be owner|must be superuser/);
    }
    const [triggers] = await t.ownerDb.query(`SELECT count(*)::int AS n FROM pg_trigger WHERE tgrelid = 'audit_events'::regclass AND tgenabled = 'O' AND NOT tgisinternal`);
    expect(triggers.n).toBeGreaterThanOrEqual(4);
    expect(await t.ownerDb.query(`SELECT to_regclass('intruder') AS t`)).toEqual([{ t: null }]);
  });

  it('grants the application role the tables a later migration creates, through default privileges', async () => {
    await t.ownerDb.query(`CREATE TABLE later_feature (id serial PRIMARY KEY, note text)`);
    try {
      await t.db.query(`INSERT INTO later_feature (note) VALUES ('works')`);
      expect(await t.db.query(`SELECT note FROM later_feature`)).toEqual([{ note: 'works' }]);
      await expect(t.db.query(`DROP TABLE later_feature`)).rejects.toThrow(/must be owner/);
    } finally {
      await t.ownerDb.query(`DROP TABLE later_feature`);
    }
  });

  it('refuses to start with the owner as the application role, or an application role with powers', async () => {
    const ownerUrl = t.config.databaseMigrationUrl!;
    await expect(prepareAppRole(t.ownerDb, ownerUrl)).rejects.toThrow(/must name a role of its own/);
    const [{ name: owner }] = await t.ownerDb.query(`SELECT current_user AS name`);
    const powerful = `samverka_test_powerful_${process.pid}`;
    await t.ownerDb.query(`CREATE ROLE ${powerful} LOGIN CREATEDB`);
    try {
      const url = new URL(ownerUrl);
      url.username = powerful;
      await expect(prepareAppRole(t.ownerDb, url.toString())).rejects.toThrow(/has rolcreatedb: it must be a plain LOGIN role/);
    } finally {
      await t.ownerDb.query(`DROP ROLE ${powerful}`);
    }
    expect(owner).not.toBe(TEST_APP_ROLE.name);
  });
});
