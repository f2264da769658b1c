import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_BADGE_CODES, DEMO_ORGANISATION_RECORD_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { verifiedNightWalkers } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const FOUND_CACHE = 'public, max-age=60, must-revalidate';
const SCRIPT_NAME = `<script>alert("x")</script> & 'Nattvandrarna'`;

/** The longest a response may be kept by any cache, from its Cache-Control (no-store: 0). */
function cacheSeconds(cacheControl: string | undefined): number {
  if (!cacheControl || /no-store/.test(cacheControl)) return 0;
  return Math.max(...[...cacheControl.matchAll(/(?:s-)?max-age=(\d+)/g)].map((match) => Number(match[1])));
}

/** The page's visible words, without tags, to read the way a person does. */
const words = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('The public page that proves a badge (/verify/<code>)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let walkers: Awaited<ReturnType<typeof verifiedNightWalkers>>;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    for (const who of ['coordinatorSigtuna', 'coordinatorStrangnas', 'officerSigtuna', 'citizenSigtuna'] as const) tokens[who] = (await t.signIn(demo[who].email)).accessToken;
    walkers = await verifiedNightWalkers(t, tokens.citizenSigtuna, tokens.coordinatorSigtuna, { name: SCRIPT_NAME, organisationNumber: '802400-0021' });
  });
  afterAll(() => t.close());

  const verify = (path: string) => t.http.get(path).redirects(0);

  it("shows a valid organisation badge: the organisation, its type, number and municipalities, the reviewers' count and the end of validity, in Swedish", async () => {
    const response = await verify(`/verify/${DEMO_BADGE_CODES.police}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(response.text).toMatch(/^<!doctype html>\n<html lang="sv">/);
    const text = words(response.text);
    for (const expected of [
      'Giltigt märke',
      'Organisationen är verifierad i Samverka.',
      'Organisationsmärke',
      'Polisen lokalpolisområde Märsta',
      'Polis',
      '202100-0076',
      'Sigtuna',
      '2 granskare',
      'Giltigt till',
    ])
      expect(text).toContain(expected);
    expect(response.text).toContain('data-state="valid"');
    expect(response.headers['cache-control']).toBe(FOUND_CACHE);
    expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
  });

  it("shows an officer's emblem with the holder's name and title, as the public API does, and nothing more about the person", async () => {
    const response = await verify(`/verify/${DEMO_BADGE_CODES.officer}`);
    expect(response.status).toBe(200);
    const text = words(response.text);
    for (const expected of ['Giltigt märke', 'Innehavaren är verifierad medlem i organisationen.', 'Medlemsemblem', 'Pia Polis', 'Kommunpolis', '2 granskare (organisationens märke)'])
      expect(text).toContain(expected);
    const api = (await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.officer}`)).body;
    expect(api.verifies.holder).toEqual({ name: 'Pia Polis', title: 'Kommunpolis' });
    for (const secret of [demo.officerSigtuna.email, 'pia.polis@polisen.se', demo.officerSigtuna.id, demo.coordinatorSigtuna.id, DEMO_ORGANISATION_RECORD_IDS.officerMember, ...api.reviewers])
      expect(response.text).not.toContain(secret);
  });

  it('says an expired badge has expired, in words and with a sign, never only in colour', async () => {
    const response = await verify(`/verify/${DEMO_BADGE_CODES.expired}`);
    expect([response.status, response.headers['cache-control']]).toEqual([200, FOUND_CACHE]);
    expect(words(response.text)).toContain('✕ Utgånget märke Märket har gått ut och gäller inte längre.');
    expect(words(response.text)).toContain('Strängnäs Bostäder AB');
  });

  it('escapes an organisation name holding HTML: it is shown as text, never run', async () => {
    const response = await verify(`/verify/${walkers.badge.code}`);
    expect(response.status).toBe(200);
    expect(response.text).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Nattvandrarna&#39;');
    expect(response.text).not.toMatch(/<script/i);
    // Nothing inline for the Content-Security-Policy to refuse: one stylesheet from the server itself.
    expect(response.text).not.toMatch(/style=|<style/i);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it("shows a suspension at once, the members' emblems with it, and a revocation for good; no answer is cached longer than a minute", async () => {
    expect(words((await verify(`/verify/${walkers.emblem.code}`)).text)).toContain('Giltigt märke');
    const act = (action: string, id: string) => t.http.post(`/api/badges/${id}/${action}`).set(bearer(tokens.coordinatorSigtuna)).send({ reason: 'Utreds efter anmälan' });
    expect((await act('suspend', walkers.badge.id)).status).toBe(201);
    const suspended = await verify(`/verify/${walkers.badge.code}`);
    expect(words(suspended.text)).toContain('Avstängt märke');
    expect(cacheSeconds(suspended.headers['cache-control'])).toBeLessThanOrEqual(60);
    const lapsed = await verify(`/verify/${walkers.emblem.code}`);
    expect(words(lapsed.text)).toContain('Märket gäller inte Organisationens verifiering gäller inte just nu, och därmed inte heller emblemet.');

    expect((await act('revoke', walkers.badge.id)).status).toBe(201);
    const revoked = await verify(`/verify/${walkers.badge.code}`);
    expect([revoked.status, cacheSeconds(revoked.headers['cache-control'])]).toEqual([200, 60]);
    expect(words(revoked.text)).toContain('Återkallat märke Märket har återkallats och gäller inte längre.');
    expect(revoked.text).toContain('data-state="revoked"');
  });

  it('says a code it does not know is unknown (404), and keeps no copy of that answer', async () => {
    const response = await verify('/verify/ZZZZZ-ZZZZZ');
    expect(response.status).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(words(response.text)).toContain('? Okänd kod ZZZZZ-ZZZZZ : Det finns inget märke med den koden.');
  });

  it('reads a code as people type it, and refuses what is not a code with 400 saying what a code looks like', async () => {
    const typed = await verify('/verify/demop%200l1s7');
    expect([typed.status, words(typed.text).includes('Polisen lokalpolisområde Märsta')]).toEqual([200, true]);
    for (const path of ['/verify/NOT-A-CODE', `/verify/${'A'.repeat(300)}`, '/verify/%3Cscript%3E', '/verify?code=12']) {
      const response = await verify(path);
      expect([path, response.status, response.headers['cache-control']]).toEqual([path, 400, 'no-store']);
      expect(words(response.text)).toContain('Ogiltig kod Det där ser inte ut som en kod.');
      expect(response.text).toContain('aria-invalid="true"');
    }
    const empty = await verify('/verify?code=');
    expect([empty.status, words(empty.text).includes('Ingen kod Skriv koden som står på märket.')]).toEqual([400, true]);
  });

  it('offers a form that takes the code to its page, keeping the language', async () => {
    const form = await verify('/verify');
    expect(form.status).toBe(200);
    expect(form.text).toContain('<form method="get" action="/verify" role="search">');
    expect(form.text).toContain('<label for="code">Kod på märket</label>');
    expect(cacheSeconds(form.headers['cache-control'])).toBeLessThanOrEqual(300);
    const sent = await verify('/verify?code=demop+0l1s7&lang=en');
    expect([sent.status, sent.headers.location]).toEqual([303, `/verify/${DEMO_BADGE_CODES.police}?lang=en`]);
    expect((await verify('/verify?code=demop-0l1s7')).headers.location).toBe(`/verify/${DEMO_BADGE_CODES.police}`);
  });

  it('switches to English with ?lang=en, and back to Swedish by a link; any other language is Swedish', async () => {
    const english = await verify(`/verify/${DEMO_BADGE_CODES.police}?lang=en`);
    expect(english.text).toMatch(/<html lang="en">/);
    const text = words(english.text);
    for (const expected of ['Check a badge', 'Valid badge', 'Organisation badge', 'Police', 'Organisation number', 'Serves', '2 reviewers', 'Valid until', 'På svenska'])
      expect(text).toContain(expected);
    expect(english.text).toContain(`<a href="/verify/${DEMO_BADGE_CODES.police}" hreflang="sv" lang="sv">På svenska</a>`);
    expect(english.text).toMatch(/<input type="hidden" name="lang" value="en" ?\/?>/);
    expect(words((await verify(`/verify/${DEMO_BADGE_CODES.expired}?lang=en`)).text)).toContain('Expired badge The badge has expired and is no longer valid.');
    expect(words((await verify('/verify/ZZZZZ-ZZZZZ?lang=en')).text)).toContain('Unknown code');
    const swedish = await verify(`/verify/${DEMO_BADGE_CODES.police}?lang=de`);
    expect(swedish.text).toMatch(/<html lang="sv">/);
    expect(swedish.text).toContain(`<a href="/verify/${DEMO_BADGE_CODES.police}?lang=en" hreflang="en" lang="en">In English</a>`);
  });

  it('has no way to list badges: the form page names none, and no route answers with a list', async () => {
    const codes = (await t.db.query(`SELECT code FROM badges`)).map((row: { code: string }) => row.code);
    expect(codes.length).toBeGreaterThan(3);
    for (const path of ['/verify', '/verify/', '/verify/*', '/verify/%25', '/verify/assets', '/verify?code=*']) {
      const response = await verify(path);
      expect(response.status).toBeLessThan(500);
      for (const code of codes) expect([path, response.text.includes(code)]).toEqual([path, false]);
    }
    expect((await t.http.get('/api/public/badges')).status).toBe(404);
  });

  it('serves its one stylesheet from the server itself, named by version and cached for good', async () => {
    const page = (await verify('/verify')).text;
    const href = /<link rel="stylesheet" href="([^"]+)" ?\/?>/.exec(page)?.[1];
    expect(href).toMatch(/^\/verify\/assets\/verify\.css\?v=[0-9a-f]{12}$/);
    const css = await t.http.get(href!);
    expect([css.status, css.headers['content-type'], css.headers['cache-control']]).toEqual([200, expect.stringMatching(/^text\/css/), 'public, max-age=31536000, immutable']);
    expect(css.text).not.toMatch(/@import|url\(/);
  });
});

describe('The badge page under the public-check rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_PUBLIC_CHECK_PER_MINUTE: '3' });
  });
  afterAll(() => t.close());

  it('answers 429 as a page in its language with how long to wait, shares the budget with the public API, and keeps no copy', async () => {
    for (let i = 0; i < 2; i++) expect((await t.http.get('/verify/ZZZZZ-ZZZZZ')).status).toBe(404);
    expect((await t.http.get('/api/public/badges/ZZZZZ-ZZZZZ')).status).toBe(404);
    const limited = await t.http.get('/verify/ZZZZZ-ZZZZZ?lang=en');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^text\/html/);
    expect(limited.headers['cache-control']).toBe('no-store');
    const wait = Number(limited.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(words(limited.text)).toContain(`Too many checks You have made many checks in a short time. Wait ${wait} ${wait === 1 ? 'second' : 'seconds'} and try again.`);
    expect(limited.text).toMatch(/<html lang="en">/);
    expect(words((await t.http.get('/verify/ZZZZZ-ZZZZZ')).text)).toContain('För många kontroller');
    expect((await t.http.get('/api/public/badges/ZZZZZ-ZZZZZ')).status).toBe(429);
    // The form alone looks nothing up, so it stays open.
    expect((await t.http.get('/verify')).status).toBe(200);
  });
});

describe('The QR codes of badges and emblems', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://trygg.example.se' });
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    for (const who of ['coordinatorSigtuna', 'coordinatorStrangnas', 'officerSigtuna', 'residentStrangnas', 'citizenSigtuna'] as const) tokens[who] = (await t.signIn(demo[who].email)).accessToken;
  });
  afterAll(() => t.close());

  const badgesOf = async (who: string) => {
    const response = await t.http.get('/api/badges').set(bearer(tokens[who]));
    expect(response.status).toBe(200);
    return (response.body as { code: string; verifyUrl: string }[]).map((badge) => [badge.code, badge.verifyUrl]);
  };

  it("gives each badge the address of its page under PUBLIC_URL, to the organisation's admins and to coordinators, and to the app through the public check", async () => {
    const police = [
      [DEMO_BADGE_CODES.police, `https://trygg.example.se/verify/${DEMO_BADGE_CODES.police}`],
      [DEMO_BADGE_CODES.officer, `https://trygg.example.se/verify/${DEMO_BADGE_CODES.officer}`],
    ];
    expect((await badgesOf('officerSigtuna')).sort()).toEqual(police.sort());
    expect((await badgesOf('coordinatorSigtuna')).sort()).toEqual(police.sort());
    expect(await badgesOf('residentStrangnas')).toEqual([[DEMO_BADGE_CODES.expired, `https://trygg.example.se/verify/${DEMO_BADGE_CODES.expired}`]]);
    expect(await badgesOf('citizenSigtuna')).toEqual([]);
    expect((await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.officer}`)).body.verifyUrl).toBe(`https://trygg.example.se/verify/${DEMO_BADGE_CODES.officer}`);
  });

  it("lets an organisation's admin read its badge but not another's, nor suspend or revoke its own", async () => {
    const own = await t.http.get(`/api/badges/${DEMO_ORGANISATION_RECORD_IDS.policeBadge}`).set(bearer(tokens.officerSigtuna));
    expect([own.status, own.body.organisationAdminIds]).toEqual([200, [demo.officerSigtuna.id]]);
    expect((await t.http.get(`/api/badges/${DEMO_ORGANISATION_RECORD_IDS.expiredBadge}`).set(bearer(tokens.officerSigtuna))).status).toBe(404);
    expect((await t.http.get(`/api/badges/${DEMO_ORGANISATION_RECORD_IDS.policeBadge}`).set(bearer(tokens.coordinatorStrangnas))).status).toBe(404);
    for (const action of ['suspend', 'revoke'])
      expect((await t.http.post(`/api/badges/${DEMO_ORGANISATION_RECORD_IDS.policeBadge}/${action}`).set(bearer(tokens.officerSigtuna)).send({ reason: 'Vill inte' })).status).toBe(403);
  });
});
