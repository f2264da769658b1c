import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Three failed sign-ins, each from a different claimed address and for a different e-mail: what does a fourth get? */
async function fourthAfterThreeClaimedAddresses(t: TestApp): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 4; attempt++) {
    const response = await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', `203.0.113.${attempt}`)
      .send({ email: `nobody-${attempt}@example.se`, password: 'certainly-not-the-password' });
    statuses.push(response.status);
  }
  return statuses;
}

describe('TRUST_PROXY: the address sign-in failures are counted against', () => {
  let t: TestApp;
  let trusting: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ SIGNIN_MAX_FAILURES_PER_ADDRESS: '3' });
    trusting = await createTestApp({ SIGNIN_MAX_FAILURES_PER_ADDRESS: '3', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await t.close();
    await trusting.close();
  });

  it('ignores X-Forwarded-For by default: a client cannot dodge the per-address lockout by claiming new addresses', async () => {
    expect(t.config.trustProxy).toBe(false);
    expect(await fourthAfterThreeClaimedAddresses(t)).toEqual([401, 401, 401, 429]);
  });

  it('follows X-Forwarded-For from the proxies named in TRUST_PROXY', async () => {
    expect(await fourthAfterThreeClaimedAddresses(trusting)).toEqual([401, 401, 401, 401]);
  });
});

// One app at a time: passport keeps one 'jwt' strategy per process, so a second app's secret would replace the first's.
describe('API_DOCS=staff (the default in production)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ API_DOCS: 'staff' });
  });
  afterAll(() => t.close());

  it('shows /api/docs and /api/docs-json to signed-in staff only', async () => {
    const citizen = (await t.signIn(demo.citizenSigtuna.email)).accessToken;
    const coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    for (const path of ['/api/docs-json', '/api/docs/']) {
      const anonymous = await t.http.get(path);
      expect([path, anonymous.status, anonymous.body.message]).toEqual([path, 401, expect.stringMatching(/signed-in staff/)]);
      expect((await t.http.get(path).set(bearer(citizen))).status).toBe(403);
      expect((await t.http.get(path).set(bearer(coordinator))).status).toBe(200);
    }
    expect((await t.http.get('/api/docs-json').set(bearer(coordinator))).body.paths).toHaveProperty(['/api/auth/login']);
    expect((await t.http.get('/api/docs-json').set(bearer('not.a.token'))).status).toBe(401);
  });
});

describe('API_DOCS=off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ API_DOCS: 'off' });
  });
  afterAll(() => t.close());

  it('serves no API description at all, not even to the platform owner', async () => {
    const owner = (await t.signIn(demo.owner.email)).accessToken;
    for (const path of ['/api/docs-json', '/api/docs/']) expect((await t.http.get(path).set(bearer(owner))).status).toBe(404);
  });
});

describe("The console's Content-Security-Policy and the map tiles", () => {
  const imgSrc = (csp: string | undefined): string => /img-src ([^;]*)/.exec(csp ?? '')?.[1] ?? '';

  it('allows images only from itself without VITE_MAP_TILES', async () => {
    const t = await createTestApp();
    try {
      expect(imgSrc((await t.http.get('/api/health')).headers['content-security-policy'])).toBe("'self' data: blob:");
    } finally {
      await t.close();
    }
  });

  it('allows the tile server named by VITE_MAP_TILES, so the dashboard map can load its tiles', async () => {
    const t = await createTestApp({ VITE_MAP_TILES: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' });
    try {
      expect(imgSrc((await t.http.get('/api/health')).headers['content-security-policy'])).toBe("'self' data: blob: https://*.tile.openstreetmap.org");
    } finally {
      await t.close();
    }
  });
});
