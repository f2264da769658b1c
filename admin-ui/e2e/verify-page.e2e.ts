import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { QRCodeSVG } from 'qrcode.react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { apiSignIn, e2eEnv, saveScreenshot, signIn } from './console-helpers.js';
import { suiteDemoBackend } from './suite-demo-backend.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 120_000;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** The demo's badges (backend/src/demo/demo-organisations.ts). */
const CODES = { police: 'DEMOP-0L1S7', officer: 'DEMOE-MB1EM', expired: 'DEMOX-P1RED' };

/** Every axe finding on the page, as `rule (impact): first element`; none is the goal (WCAG 2.1 AA). */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((violation) => `${page.url()} ${violation.id} (${violation.impact}): ${violation.nodes[0]?.target.join(' ')}`);
}

/** The state the page shows, its heading and its words, as a person reads them. */
async function shown(page: Page): Promise<{ state: string | null; heading: string; text: string }> {
  const result = page.locator('section.result');
  return {
    state: await result.getAttribute('data-state'),
    heading: (await result.locator('h2').innerText()).trim(),
    text: (await page.locator('main').innerText()).replace(/\s+/g, ' '),
  };
}

/** The `d` of each path of an SVG: the modules a QR code draws. */
const paths = (svg: string): string[] => [...svg.matchAll(/<path[^>]* d="([^"]+)"/g)].map((match) => match[1]);

describe('the public page that proves a badge, in Chromium', () => {
  const browser = suiteBrowser();
  suiteDemoBackend();

  it(
    'shows a valid badge, an emblem, an expired badge and an unknown code in Swedish and in English, each with words and a sign, with no accessibility violation',
    async () => {
      const { baseUrl } = e2eEnv();
      const page = await browser.page();
      const findings: string[] = [];
      const cases = [
        {
          code: CODES.police,
          state: 'valid',
          sv: ['✓Giltigt märke', 'Polisen lokalpolisområde Märsta', 'Polis', '202100-0076', 'Sigtuna', '2 granskare'],
          en: ['✓Valid badge', 'Police', '2 reviewers'],
        },
        { code: CODES.officer, state: 'valid', sv: ['Medlemsemblem', 'Pia Polis', 'Kommunpolis'], en: ['Member emblem', 'Pia Polis', 'Kommunpolis'] },
        { code: CODES.expired, state: 'expired', sv: ['✕Utgånget märke', 'Strängnäs Bostäder AB', 'Fastighetsägare'], en: ['✕Expired badge', 'Property owner'] },
        { code: 'ZZZZZ-ZZZZZ', state: 'unknown', sv: ['?Okänd kod', 'inte verifierat av Samverka'], en: ['?Unknown code', 'not verified by Samverka'] },
      ];
      for (const { code, state, sv, en } of cases) {
        for (const [language, words] of [
          ['sv', sv],
          ['en', en],
        ] as const) {
          await page.goto(`${baseUrl}/verify/${code}${language === 'en' ? '?lang=en' : ''}`);
          expect(await page.locator('html').getAttribute('lang')).toBe(language);
          const { state: seen, heading, text } = await shown(page);
          expect([code, language, seen]).toEqual([code, language, state]);
          for (const word of words) expect(`${heading} ${text}`.replace(/\s/g, '')).toContain(word.replace(/\s/g, ''));
          findings.push(...(await axeFindings(page)));
        }
      }
      await saveScreenshot(page, 'verify-page-unknown');
      expect(findings).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'takes a code typed in the form, by keyboard alone, to its page; says what is wrong with one that is not a code; and switches language by its link',
    async () => {
      const { baseUrl } = e2eEnv();
      const page = await browser.page();
      await page.goto(`${baseUrl}/verify`);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kontrollera ett märke');
      // Tab from the top: the language link, then the code field.
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
      await page.keyboard.type('demop 0l1s7');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${baseUrl}/verify/${CODES.police}`);
      expect((await shown(page)).state).toBe('valid');
      await saveScreenshot(page, 'verify-page-valid');

      await page.getByLabel('Kod på märket').fill('inte en kod');
      await page.getByRole('button', { name: 'Kontrollera' }).click();
      expect((await shown(page)).heading).toContain('Ogiltig kod');
      expect(await page.locator('#code').getAttribute('aria-invalid')).toBe('true');
      expect(await axeFindings(page)).toEqual([]);

      await page.goto(`${baseUrl}/verify/${CODES.police}`);
      await page.getByRole('link', { name: 'In English' }).click();
      await page.waitForURL(`${baseUrl}/verify/${CODES.police}?lang=en`);
      expect((await shown(page)).heading).toContain('Valid badge');
      await page.getByLabel('Code on the badge').fill(CODES.expired.toLowerCase());
      await page.getByRole('button', { name: 'Check' }).click();
      await page.waitForURL(`${baseUrl}/verify/${CODES.expired}?lang=en`);
      expect((await shown(page)).heading).toContain('Expired badge');
      await page.getByRole('link', { name: 'På svenska' }).click();
      expect((await shown(page)).heading).toContain('Utgånget märke');
    },
    TIMEOUT_MS,
  );

  it(
    "lets the police organisation's admin download its badge's QR code as SVG and PNG from the console, encoding the address of its page",
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const { verifyUrl } = (await (await fetch(`${baseUrl}/api/public/badges/${CODES.police}`)).json()) as { verifyUrl: string };
      // PUBLIC_URL, which the test backend leaves at its default, on the backend's port.
      expect(verifyUrl).toBe(`http://localhost:${new URL(baseUrl).port}/verify/${CODES.police}`);
      const page = await browser.page();
      await signIn(page, 'officer.sigtuna@demo.samverka.se', demoPassword);
      await page.locator('a[href="#/badges"]', { hasText: 'Mina märken' }).click();
      await page.locator('tbody tr', { hasText: CODES.police }).locator('[data-testid="badge-qr-button"]').click();
      const dialog = page.locator('[data-testid="badge-qr"]');
      expect(await dialog.locator('[data-testid="badge-qr-code"]').getAttribute('data-qr-value')).toBe(verifyUrl);
      expect(await dialog.locator('[data-testid="badge-qr-url"]').innerText()).toBe(verifyUrl);
      expect(await axeFindings(page)).toEqual([]);
      await saveScreenshot(page, 'badge-qr-dialog');

      const [svgDownload] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-testid="badge-qr-svg"]').click()]);
      expect(svgDownload.suggestedFilename()).toBe(`samverka-${CODES.police}.svg`);
      const svg = await readFile(await svgDownload.path(), 'utf8');
      expect(svg).toMatch(/^<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      // The same modules as the QR code of the page's address drawn here by the same library: it encodes that address.
      const expected = paths(renderToStaticMarkup(createElement(QRCodeSVG, { value: verifyUrl, marginSize: 4, level: 'M' })));
      expect(paths(svg)).toEqual(expected);
      expect(paths(renderToStaticMarkup(createElement(QRCodeSVG, { value: verifyUrl.replace(CODES.police, CODES.officer), marginSize: 4, level: 'M' })))).not.toEqual(expected);

      const [pngDownload] = await Promise.all([page.waitForEvent('download'), dialog.locator('[data-testid="badge-qr-png"]').click()]);
      expect(pngDownload.suggestedFilename()).toBe(`samverka-${CODES.police}.png`);
      const png = await readFile(await pngDownload.path());
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      // IHDR: the width and height, at print size.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
      await dialog.getByRole('button', { name: 'Stäng' }).click();
      await dialog.waitFor({ state: 'hidden' });
    },
    TIMEOUT_MS,
  );

  it(
    'shows a suspension and a revocation on the page at once, the emblem losing its validity with its organisation, with no accessibility violation',
    async () => {
      const { baseUrl } = e2eEnv();
      const coordinator = await apiSignIn('coordinator.sigtuna@demo.samverka.se');
      const act = async (action: 'suspend' | 'revoke') => {
        const badges = (await (
          await fetch(`${baseUrl}/api/badges?filter=${encodeURIComponent(JSON.stringify({ kind: 'organisation' }))}`, { headers: { Authorization: `Bearer ${coordinator}` } })
        ).json()) as {
          id: string;
          code: string;
        }[];
        const id = badges.find((badge) => badge.code === CODES.police)!.id;
        const response = await fetch(`${baseUrl}/api/badges/${id}/${action}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${coordinator}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ reason: 'Utreds efter anmälan om missbruk' }),
        });
        expect(response.status).toBe(201);
      };
      const findings: string[] = [];
      // Each look from a fresh browser: the one that looked before may keep its copy up to a minute, as the page allows.
      const expectState = async (code: string, state: string, heading: string) => {
        const page = await browser.page();
        await page.goto(`${baseUrl}/verify/${code}`);
        const seen = await shown(page);
        expect([code, seen.state, seen.heading]).toEqual([code, state, expect.stringContaining(heading)]);
        findings.push(...(await axeFindings(page)));
      };

      await act('suspend');
      await expectState(CODES.police, 'suspended', 'Avstängt märke');
      await expectState(CODES.officer, 'lapsed', 'Märket gäller inte');
      await act('revoke');
      await expectState(CODES.police, 'revoked', 'Återkallat märke');
      expect(findings).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
