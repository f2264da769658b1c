import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { e2eEnv, freshPage, launchChromium, signIn, switchLanguage } from './console-helpers.js';
import { startDemoBackend } from './demo-backend.js';
import { signInSuspended, suspendedAuthor } from './suspension-helpers.js';
import { leafTexts, rawValuesIn } from './page-words.js';

/**
 * Walks every page a demo role reaches (each menu entry, and the show page of the first record of
 * each list) in Swedish and in English, and collects every raw value a person would read: an i18n
 * key, a value of one of shared/'s enums (audit actions, subject types, statuses ...), an e-mail
 * status, a UUID or an ISO timestamp. Dictionary-free: what counts as raw comes from shared/ and
 * from the shape of the text, not from a list of words.
 */

const ACCOUNTS = [
  'owner@demo.samverka.se',
  'moderator@demo.samverka.se',
  'coordinator.sigtuna@demo.samverka.se',
  'coordinator.strangnas@demo.samverka.se',
  'citizen@demo.samverka.se',
  'officer.sigtuna@demo.samverka.se',
];
/** Pages a role must reach from its menu, so that the walk cannot pass them by unseen (the police officer's tips inbox, whose first tip opens in its drawer, and the orders from authorities with the demo's open order). */
const MUST_REACH: Readonly<Record<string, string[]>> = {
  'officer.sigtuna@demo.samverka.se': ['#/', '#/organisation-messages', '#/authority-orders'],
  'owner@demo.samverka.se': ['#/authority-orders'],
};
const LANGUAGES = [
  { locale: 'sv', name: 'Svenska' },
  { locale: 'en', name: 'English' },
] as const;

/** Waits for react-admin to stop loading: no progress bar for two readings in a row. */
async function settled(page: Page): Promise<void> {
  for (let quiet = 0, round = 0; quiet < 2 && round < 30; round++) {
    await page.waitForTimeout(250);
    quiet = (await page.locator('[role="progressbar"]').count()) === 0 ? quiet + 1 : 0;
  }
}

/** The console routes the menu offers (hash paths), once the menu has settled. */
async function menuRoutes(page: Page): Promise<string[]> {
  let previous = '';
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(400);
    const hrefs = await page.locator('.RaMenu-open a[href^="#/"], .RaMenu-closed a[href^="#/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const current = [...new Set(hrefs)].join(' ');
    if (current === previous) break;
    previous = current;
  }
  return previous.split(' ').filter(Boolean);
}

describe('every word a person reads', () => {
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof startDemoBackend>> | undefined;
  const findings: string[] = [];

  beforeAll(async () => {
    demo = await startDemoBackend();
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    console.log(`raw values found on the walk: ${findings.length}`);
  });

  for (const email of ACCOUNTS) {
    for (const language of LANGUAGES) {
      it(`shows ${email} no raw value on any page in ${language.name}`, async () => {
        const { baseUrl, demoPassword } = e2eEnv();
        const { context, page } = await freshPage(browser);
        try {
          await signIn(page, email, demoPassword);
          if (language.locale === 'en') await switchLanguage(page, 'English');
          const routes = await menuRoutes(page);
          expect(routes).toEqual(expect.arrayContaining(MUST_REACH[email] ?? []));
          const raw: string[] = [];
          const visit = async (route: string) => {
            await page.goto(`${baseUrl}/${route}`);
            await settled(page);
            for (const value of rawValuesIn(await leafTexts(page), language.locale)) raw.push(`${route}: ${value}`);
          };
          for (const route of routes) {
            await visit(route);
            // The show page of the list's first record, when its rows open one.
            const firstRow = page.locator('table tbody tr.RaDatagrid-clickableRow, table tbody tr[class*="clickable"]').first();
            if (await firstRow.isVisible().catch(() => false)) {
              // A click event rather than a pointer: a column's sort tooltip may lie over the row.
              await firstRow.dispatchEvent('click');
              await settled(page);
              const shown = page.url().slice(page.url().indexOf('#'));
              for (const value of rawValuesIn(await leafTexts(page), language.locale)) raw.push(`${shown}: ${value}`);
            }
          }
          findings.push(...raw.map((line) => `${email} ${language.locale} ${line}`));
          if (raw.length) console.log(`${email} (${language.locale}): ${raw.length} raw values\n${[...new Set(raw)].join('\n')}`);
          expect([...new Set(raw)]).toEqual([]);
        } finally {
          await context.close();
        }
      }, 240_000);
    }
  }

  // The public badge page (served by the backend, outside the console): each state and the form, in both languages.
  for (const language of LANGUAGES) {
    it(`shows no raw value on the public badge page in ${language.name}`, async () => {
      const { baseUrl } = e2eEnv();
      const { context, page } = await freshPage(browser);
      try {
        const raw: string[] = [];
        for (const path of ['/verify', '/verify/DEMOP-0L1S7', '/verify/DEMOE-MB1EM', '/verify/DEMOX-P1RED', '/verify/ZZZZZ-ZZZZZ', '/verify?code=x']) {
          await page.goto(`${baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${language.locale}`);
          const texts = await leafTexts(page);
          expect(texts.length).toBeGreaterThan(3);
          for (const value of rawValuesIn(texts, language.locale)) raw.push(`${path}: ${value}`);
        }
        findings.push(...raw.map((line) => `verify page ${language.locale} ${line}`));
        expect(raw).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  }

  // A suspended author's restricted session reaches three pages: each, and the appeal form, read in both languages.
  let suspended: Awaited<ReturnType<typeof suspendedAuthor>> | undefined;
  for (const language of LANGUAGES) {
    it(`shows a suspended author no raw value on the pages they reach in ${language.name}`, async () => {
      const { baseUrl } = e2eEnv();
      suspended ??= await suspendedAuthor();
      const { context, page } = await freshPage(browser);
      try {
        await signInSuspended(page, suspended.email, suspended.password);
        if (language.locale === 'en') await switchLanguage(page, 'English');
        const routes = await menuRoutes(page);
        expect(routes).toEqual(['#/suspension', '#/notifications', '#/my-data']);
        const raw: string[] = [];
        const read = async (where: string) => {
          await settled(page);
          for (const value of rawValuesIn(await leafTexts(page), language.locale)) raw.push(`${where}: ${value}`);
        };
        for (const route of routes) {
          await page.goto(`${baseUrl}/${route}`);
          await read(route);
        }
        await page.goto(`${baseUrl}/#/suspension`);
        await page.locator('[data-testid="statement-action"][data-type="suspend"] [data-testid="appeal-open"]').click();
        await read('#/suspension, appeal form open');
        findings.push(...raw.map((line) => `suspended author ${language.locale} ${line}`));
        if (raw.length) console.log(`suspended author (${language.locale}): ${raw.length} raw values\n${[...new Set(raw)].join('\n')}`);
        expect([...new Set(raw)]).toEqual([]);
      } finally {
        await context.close();
      }
    }, 240_000);
  }
});
