/** Anything that runs SQL: a DataSource, a QueryRunner or an EntityManager. */
interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * What the application role may do, and nothing more: read and write rows, draw from sequences,
 * call the audit pseudonymisation function. No ownership, so no ALTER, DROP, TRIGGER or trigger
 * switching; not a superuser, so no session_replication_role. The audit log takes INSERT only:
 * its one rewrite happens inside audit_events_pseudonymise, as the owner. Default privileges make
 * tables a later migration creates readable and writable too.
 */
const grants = (app: string): string[] => [
  `REVOKE CREATE ON SCHEMA public FROM PUBLIC`,
  `GRANT USAGE ON SCHEMA public TO ${app}`,
  `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`,
  `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`,
  `REVOKE UPDATE, DELETE ON audit_events FROM ${app}`,
  `REVOKE INSERT, UPDATE, DELETE ON typeorm_migrations FROM ${app}`,
  `GRANT EXECUTE ON FUNCTION audit_events_pseudonymise(uuid, uuid) TO ${app}`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
  `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
];

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The role and password a postgres:// URL names. */
export function roleOf(url: string): { name: string; password: string } {
  const parsed = new URL(url);
  return { name: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
}

/**
 * Run by the owner role after the migrations: creates the application role of `appUrl` when it is
 * missing (if the owner may create roles), refuses one with powers or ownership it must not have,
 * and grants it what the service needs. Idempotent; it runs at every start.
 */
export async function prepareAppRole(owner: Sql, appUrl: string): Promise<void> {
  const app = roleOf(appUrl);
  const [me] = (await owner.query(`SELECT current_user AS name, rolsuper OR rolcreaterole AS may_create FROM pg_roles WHERE rolname = current_user`)) as { name: string; may_create: boolean }[];
  if (!app.name || app.name === me.name) {
    throw new Error(`DATABASE_URL must name a role of its own, not the owner ${me.name} of DATABASE_MIGRATION_URL`);
  }
  type Powers = { rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolbypassrls: boolean; rolreplication: boolean; owns: boolean };
  const find = async () =>
    (
      (await owner.query(
        `SELECT r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls, r.rolreplication,
              EXISTS (SELECT 1 FROM pg_class WHERE relowner = r.oid) OR EXISTS (SELECT 1 FROM pg_proc WHERE proowner = r.oid)
              OR EXISTS (SELECT 1 FROM pg_namespace WHERE nspowner = r.oid) OR EXISTS (SELECT 1 FROM pg_database WHERE datdba = r.oid) AS owns
         FROM pg_roles r WHERE r.rolname = $1`,
        [app.name],
      )) as Powers[]
    )[0];
  let role = await find();
  if (!role) {
    if (!me.may_create) throw new Error(`the application role ${app.name} does not exist and ${me.name} may not create it: create it (LOGIN, no other attribute)`);
    const [{ ddl }] = (await owner.query(`SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD %L', $1::text, $2::text) AS ddl`, [
      app.name,
      app.password || null,
    ])) as { ddl: string }[];
    try {
      await owner.query(ddl);
    } catch (error) {
      // Another process created it at the same moment.
      if (!['42710', '23505', 'XX000'].includes((error as { code?: string }).code ?? '')) throw error;
    }
    role = await find();
  }
  const powers = (['rolsuper', 'rolcreaterole', 'rolcreatedb', 'rolbypassrls', 'rolreplication'] as const).filter((power) => role[power]);
  if (powers.length > 0) throw new Error(`the application role ${app.name} has ${powers.join(', ')}: it must be a plain LOGIN role`);
  if (role.owns) throw new Error(`the application role ${app.name} owns tables, functions, schemas or databases: give them to ${me.name} (REASSIGN OWNED BY ${app.name} TO ${me.name})`);
  for (const statement of grants(quoteIdent(app.name))) await owner.query(statement);
}
