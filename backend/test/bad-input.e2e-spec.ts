import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { bearer, demo } from './support/demo.js';
import { registeredRoutes } from './support/routes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS_PER_ROUTE ?? 10);

/** Values that have broken parsers before: traversal, huge numbers, odd unicode, JSON look-alikes. */
const nasty = fc.constantFrom(
  '../../etc/passwd',
  '%00',
  '9'.repeat(40),
  '-1',
  '0',
  'null',
  '[]',
  '{}',
  '["id","DROP"]',
  '[0,1e309]',
  "'; DROP TABLE users; --",
  '\u0000',
  '😀',
  ' ',
  '__proto__',
  'constructor',
);
const segment = fc.oneof(fc.uuid(), fc.string({ maxLength: 40 }), nasty, fc.integer().map(String));
const queryValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  nasty,
  fc.json({ maxDepth: 2 }),
  fc.array(fc.integer(), { maxLength: 3 }).map((values) => JSON.stringify(values)),
);
/** JSON nested far past any DTO (class-transformer overflowed its stack on 3 000 levels). */
const deep = fc.integer({ min: 17, max: 2000 }).map((levels) => JSON.parse(`${'['.repeat(levels)}1${']'.repeat(levels)}`) as unknown);
/** A NUL written as a JSON escape inside a filter: the URL holds `\u0000` as six characters, the parsed filter a NUL. */
const nulFilter = fc.constantFrom('q', 'groupId', 'status', 'email').map((key) => JSON.stringify({ [key]: 'a\u0000b' }));
const query = fc.record(
  {
    sort: queryValue,
    range: queryValue,
    filter: fc.oneof(
      queryValue,
      nulFilter,
      deep.map((value) => JSON.stringify({ q: value })),
    ),
    q: queryValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  deep,
  deep.map((value) => ({ email: 'a@example.se', password: value })),
  fc.dictionary(
    fc.constantFrom(
      'email',
      'password',
      'id',
      'text',
      'reason',
      'code',
      'name',
      'roles',
      'municipalityIds',
      'groupId',
      'latitude',
      'longitude',
      'priority',
      'itemId',
      'itemType',
      'token',
      'mfaToken',
      'scope',
      'deadline',
      'type',
      'category',
      'issuingOrganisationId',
    ),
    fc.oneof(fc.jsonValue(), nasty),
  ),
);

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

  it('refuses a body nested 3 000 levels deep with 400 naming the limit (class-transformer overflowed its stack: a 500)', async () => {
    const deepBody = `{"email":"a@example.se","password":${'['.repeat(3000)}${']'.repeat(3000)}}`;
    const response = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send(deepBody);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/nests deeper than 16 levels/);
    // 2 000 levels: 3 000 would pass Node's 16 KB header limit once URL-encoded (a 431).
    const deepFilter = await t.http
      .get('/api/groups')
      .query({ filter: `{"q":${'['.repeat(2000)}${']'.repeat(2000)}}` })
      .set(bearer(tokens.citizen!));
    expect(deepFilter.status).toBe(400);
    expect(deepFilter.body.message).toMatch(/^filter must not nest deeper than 16 levels/);
  });

  it('refuses a NUL written as a JSON escape in a list filter with 400 naming the filter (it reached PostgreSQL: a 500)', async () => {
    for (const path of ['/api/groups', '/api/organisations', '/api/users']) {
      const response = await t.http.get(path).query({ filter: '{"q":"a\\u0000b"}' }).set(bearer(tokens.owner!));
      expect([path, response.status, response.body.message]).toEqual([path, 400, expect.stringMatching(/^filter must not contain a NUL character/)]);
    }
  });

  it('answers the public badge page with 400 for what is not a code, whatever the code or language parameter holds', async () => {
    const cases: [string, number][] = [
      ['/verify/%00', 400],
      ['/verify/%E0%A4%A', 400],
      [`/verify/${'9'.repeat(5000)}`, 400],
      ['/verify/..%2F..%2Fetc%2Fpasswd', 400],
      ["/verify/'%3B%20DROP%20TABLE%20badges%3B--", 400],
      ['/verify?code=a&code=b', 400],
      ['/verify?code=%00', 400],
      ['/verify?code=%F0%9F%98%80', 400],
      ['/verify/ZZZZZ-ZZZZZ?lang=a&lang=b', 404],
      ['/verify/ZZZZZ-ZZZZZ?lang=%00', 400],
      ['/verify?lang=__proto__', 200],
    ];
    for (const [path, status] of cases) expect([path, (await t.http.get(path)).status]).toEqual([path, status]);
  });

  it('answers a ban of an account that does not exist with 404 (a foreign-key violation was a 500), and writes nothing', async () => {
    const before = await checksum();
    const [group] = await t.db.query(`SELECT id FROM groups ORDER BY created_at LIMIT 1`);
    const response = await t.http.post('/api/group-bans').set(bearer(tokens.owner!)).send({ groupId: group.id, userId: '00000000-0000-4000-8000-00000000beef', reason: 'Finns inte' });
    expect(response.status).toBe(404);
    expect(await checksum()).toBe(before);
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
          if (tokens[caller]) request.set(bearer(tokens[caller]));
          // Sent as raw JSON text, so numbers, strings and null arrive as bodies too.
          const response = method === 'GET' ? await request : await request.set('Content-Type', 'application/json').send(JSON.stringify(payload ?? null) ?? 'null');
          if (response.status >= 500) failures.push(`${route} as ${caller} ${path} ${JSON.stringify(params)} ${JSON.stringify(payload)} -> ${response.status} ${JSON.stringify(response.body)}`);
          if (response.status >= 400 && response.status < 500 && (await checksum()) !== before)
            failures.push(`${route} as ${caller} changed the database with a ${response.status}: ${path} ${JSON.stringify(payload)}`);
        }),
        { numRuns: RUNS_PER_ROUTE, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
      );
    }
    console.log(`bad input: ${cases} cases over ${routes.length} routes`);
    expect(failures.slice(0, 20)).toEqual([]);
  }, 600_000);
});
