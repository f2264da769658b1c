import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { bearer, demo } from './support/demo.js';
import { registeredRoutes } from './support/routes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS_PER_ROUTE ?? 10);

/** Values that have broken parsers before: traversal, huge numbers, odd unicode, JSON look-alikes. */
const nasty = fc.constantFrom('../../etc/passwd', '%00', '9'.repeat(40), '-1', '0', 'null', '[]', '{}', '["id","DROP"]', '[0,1e309]', "'; DROP TABLE users; --", '\u0000', '😀', ' ', '__proto__', 'constructor');
const segment = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), nasty, fc.integer().map(String));
const queryValue = fc.oneof(fc.string({ maxLength: 60 }), nasty, fc.json({ maxDepth: 2 }), fc.array(fc.integer(), { maxLength: 3 }).map((values) => JSON.stringify(values)));
const query = fc.record({ sort: queryValue, range: queryValue, filter: queryValue, q: queryValue }, { requiredKeys: [] });
const body = fc.oneof(fc.anything({ maxDepth: 3 }), fc.dictionary(fc.constantFrom('email', 'password', 'id', 'text', 'reason', 'code', 'name', 'roles', 'municipalityIds', 'groupId', 'latitude', 'longitude', 'priority', 'itemId', 'itemType', 'token', 'mfaToken'), fc.oneof(fc.jsonValue(), nasty)));

/**
 * Random and malformed path parameters, query strings and bodies to every route, as an
 * anonymous caller, a citizen and the platform owner: never a 5xx, and a 4xx changes nothing.
 */
describe('Bad input never breaks anything', () => {
  let t: TestApp;
  const tokens: Record<string, string | null> = { anonymous: null };
  beforeAll(async () => {
    // Failed sign-ins from the fuzzer must not lock the address out of the rest of the run.
    t = await createTestApp({ SIGNIN_MAX_FAILURES_PER_ADDRESS: '100000' });
    tokens.citizen = (await t.signIn(demo.citizenSigtuna.email)).accessToken;
    tokens.owner = (await t.signIn(demo.owner.email)).accessToken;
  });
  afterAll(() => t.close());

  /**
   * One hash over the contents of every table but the audit log and its chain head (a refused
   * sign-in is audited on purpose) and the sign-in sessions the callers' own requests touch.
   */
  async function checksum(): Promise<string> {
    const tables: { tablename: string }[] = await t.db.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('audit_events', 'audit_chain_head', 'migrations') ORDER BY tablename`,
    );
    const parts = tables.map(({ tablename }) => `SELECT '${tablename}' AS t, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${tablename}" x`);
    const [row] = await t.db.query(`SELECT md5(string_agg(t || h, ',' ORDER BY t)) AS sum FROM (${parts.join(' UNION ALL ')}) s`);
    return row.sum;
  }

  it('refuses a NUL character in a path parameter, query or body with 400 (PostgreSQL text cannot hold it: it was a 500)', async () => {
    expect((await t.http.get('/api/public/badges/%00')).status).toBe(400);
    expect((await t.http.get('/api/groups').query({ q: 'a\u0000b' }).set(bearer(tokens.citizen!))).status).toBe(400);
    const body = await t.http.post('/api/auth/login').send({ email: 'a@example.se', password: 'pass\u0000word-long' });
    expect(body.status).toBe(400);
    expect(body.body.message).toMatch(/NUL/);
  });

  it('answers every route with something other than 5xx, and leaves the database as it was after a 4xx', async () => {
    const routes = registeredRoutes(t.app).filter((route) => route !== 'DELETE /api/me/sessions');
    const failures: string[] = [];
    let cases = 0;
    for (const route of routes) {
      const [method, template] = route.split(' ');
      await fc.assert(
        fc.asyncProperty(fc.constantFrom('anonymous', 'citizen', 'owner'), fc.array(segment, { minLength: 3, maxLength: 3 }), query, body, async (caller, segments, params, payload) => {
          cases++;
          let n = 0;
          const path = template.replace(/:[A-Za-z]+/g, () => encodeURIComponent(segments[n++] ?? 'x'));
          const before = await checksum();
          const request = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path).query(params);
          if (tokens[caller]) request.set(bearer(tokens[caller]!));
          // Sent as raw JSON text, so numbers, strings and null arrive as bodies too.
          const response = method === 'GET' ? await request : await request.set('Content-Type', 'application/json').send(JSON.stringify(payload ?? null) ?? 'null');
          if (response.status >= 500) failures.push(`${route} as ${caller} ${path} ${JSON.stringify(params)} ${JSON.stringify(payload)} -> ${response.status} ${JSON.stringify(response.body)}`);
          if (response.status >= 400 && response.status < 500 && (await checksum()) !== before) failures.push(`${route} as ${caller} changed the database with a ${response.status}: ${path} ${JSON.stringify(payload)}`);
        }),
        { numRuns: RUNS_PER_ROUTE, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
      );
    }
    console.log(`bad input: ${cases} cases over ${routes.length} routes`);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);
});
