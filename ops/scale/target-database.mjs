// Where the synthetic data goes, and the guard that keeps it out of a real database: a database
// is only ever dropped and refilled when it is empty or carries our marker (its COMMENT).
import pg from 'pg';

const MARKER = 'samverka-scale';

/** DATABASE_URL, or the local PostgreSQL's samverka_scale_<size> (never a test database). */
export function targetUrl(size, env = process.env) {
  const url = env.SCALE_DATABASE_URL || env.DATABASE_URL || `postgres://postgres@127.0.0.1:5432/samverka_scale_${size}`;
  const name = databaseOf(url);
  if (/^samverka_(test|template)_/.test(name)) throw new Error(`${name} is a test database: point SCALE_DATABASE_URL elsewhere`);
  return url;
}

export const databaseOf = (url) => decodeURIComponent(new URL(url).pathname.slice(1));

export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Runs fn(client) on the server's `postgres` database (to create, drop or describe databases). */
export async function admin(url, fn) {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The marker of a loaded data set ({ size, seed, version, anchor, ... }), or null. */
export async function readMarker(url) {
  return admin(url, async (client) => {
    const { rows } = await client.query(`SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`, [databaseOf(url)]);
    if (rows.length === 0) return { exists: false, marker: null };
    const comment = rows[0].comment ?? '';
    return { exists: true, marker: comment.startsWith(`${MARKER} `) ? JSON.parse(comment.slice(MARKER.length + 1)) : null };
  });
}

/** Drops (if ours or empty) and creates the database. */
export async function recreate(url) {
  const name = databaseOf(url);
  const { exists, marker } = await readMarker(url);
  if (exists && !marker) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`).finally(() => client.end());
    if (rows[0].tables > 0) throw new Error(`${name} holds tables but no scale data set marker: refusing to overwrite it (choose another SCALE_DATABASE_URL)`);
  }
  await admin(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

export async function writeMarker(url, marker) {
  const text = `${MARKER} ${JSON.stringify(marker)}`.replace(/'/g, "''");
  await admin(url, (client) => client.query(`COMMENT ON DATABASE "${databaseOf(url)}" IS '${text}'`));
}
