import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type Finding, scan, summary } from './axe-scan.js';
import { e2eEnv, freshPage, launchChromium, signIn, switchLanguage } from './console-helpers.js';
import { startDemoBackend } from './demo-backend.js';
import { orderSigtunaLagesbild } from './lagesbild-helpers.js';
import { reportedCommercialPost } from './moderation-helpers.js';
import { signInSuspended, suspendedAuthor } from './suspension-helpers.js';
import { DEMO_POLICE, tipToPolice } from './tips-helpers.js';

const TIMEOUT_MS = 600_000;

/** Every demo role: owner, moderator, coordinators, a citizen who runs a group, one who runs none, the police officer. */
const ACCOUNTS = [
  'owner@demo.samverka.se',
  'moderator@demo.samverka.se',
  'coordinator.sigtuna@demo.samverka.se',
  'coordinator.strangnas@demo.samverka.se',
  'citizen@demo.samverka.se',
  'resident.strangnas@demo.samverka.se',
  'officer.sigtuna@demo.samverka.se',
];

/** The console's own pages in the menu (the job dashboard opens the server's bull-board elsewhere). */
async function menuPages(page: Page): Promise<string[]> {
  await page.waitForTimeout(1_000);
  const hrefs = await page.locator('a.MuiMenuItem-root[href^="#/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

/** Opens the first row of a list (its show, edit or drawer view) when the page is a list with rows. */
async function openFirstRecord(page: Page): Promise<boolean> {
  const row = page.locator('table tbody tr.RaDataTable-clickableRow, table tbody tr.RaDatagrid-clickableRow').first();
  if ((await row.count()) === 0) return false;
  const before = page.url();
  // A plain cell: the first may hold a selection checkbox, others links to other records.
  const cell = row.locator('td:not(:has(input)):not(:has(a))').first();
  await ((await cell.count()) > 0 ? cell : row).click();
  await page.waitForTimeout(300);
  return page.url() !== before;
}

describe('the console against WCAG 2.1 AA (axe)', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const { baseUrl, demoPassword } = e2eEnv();
  beforeAll(async () => {
    browser = await launchChromium();
    // An open case, so the queue has rows (with their checkboxes and priority bars) and a drawer to open.
    await reportedCommercialPost();
    // A report, so the Lägesbild page is scanned with its table and download buttons.
    await orderSigtunaLagesbild();
  }, TIMEOUT_MS);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it(
    'finds no violation on the pages reached signed out, in Swedish and in English',
    async () => {
      await context?.close();
      const fresh = await freshPage(browser);
      context = fresh.context;
      const page = fresh.page;
      // The certificate page answers "no certificate here" to a made-up link (erasure-certificate.e2e scans a real one).
      const routes = ['#/login', '#/forgot-password', '#/confirm-email/no-such-token', '#/reset-password/no-such-token', '#/erasure-certificate/00000000-0000-4000-8000-000000000000/no-such-token'];
      const findings: Finding[] = [];
      for (const locale of ['sv', 'en']) {
        for (const route of routes) {
          await page.goto(`${baseUrl}/${route}`);
          await page.evaluate((chosen) => localStorage.setItem('RaStore.locale', JSON.stringify(chosen)), locale);
          await page.reload();
          await page.locator(`html[lang="${locale}"]`).waitFor({ state: 'attached' });
          findings.push(...(await scan(page, `${route} (${locale})`)));
        }
      }
      console.log(`signed out: ${routes.length * 2} pages scanned, ${findings.length} violations\n${summary(findings)}`);
      expect(findings).toEqual([]);
    },
    TIMEOUT_MS,
  );

  for (const email of ACCOUNTS) {
    it(
      `finds no violation on any page ${email} can reach from the menu, nor on the first record of each list`,
      async () => {
        await context?.close();
        const fresh = await freshPage(browser);
        context = fresh.context;
        const page = fresh.page;
        await signIn(page, email, demoPassword);
        const findings: Finding[] = [];
        const pages = await menuPages(page);
        expect(pages.length).toBeGreaterThan(2);
        let scanned = 0;
        for (const href of pages) {
          await page.goto(`${baseUrl}/${href}`);
          findings.push(...(await scan(page, href)));
          scanned++;
          if (await openFirstRecord(page)) {
            findings.push(...(await scan(page, `${href} first record (${new URL(page.url()).hash})`)));
            scanned++;
          }
        }
        const rules = new Map<string, number>();
        for (const finding of findings) rules.set(finding.rule, (rules.get(finding.rule) ?? 0) + 1);
        console.log(`${email}: ${scanned} pages scanned, ${findings.length} violations ${JSON.stringify(Object.fromEntries(rules))}\n${summary(findings)}`);
        expect(findings).toEqual([]);
      },
      TIMEOUT_MS,
    );
  }

  // The public badge page, served by the backend beside the console; its other states are scanned in verify-page.e2e.ts (they need the demo's badges).
  it('finds no violation on the public badge page: the form, an unknown code and a code that is not one, in Swedish and English', async () => {
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    const findings: Finding[] = [];
    for (const path of ['/verify', '/verify/ZZZZZ-ZZZZZ', '/verify?code=x']) {
      for (const lang of ['sv', 'en']) {
        await fresh.page.goto(`${baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        findings.push(...(await scan(fresh.page, `${path} (${lang})`)));
      }
    }
    console.log(`public badge page: 6 pages scanned, ${findings.length} violations\n${summary(findings)}`);
    expect(findings).toEqual([]);
  }, 60_000);
  it(
    'finds no violation on the pages a suspended author reaches, nor with the appeal form open',
    async () => {
      await context?.close();
      const fresh = await freshPage(browser);
      context = fresh.context;
      const page = fresh.page;
      const author = await suspendedAuthor();
      await signInSuspended(page, author.email, author.password);
      const pages = await menuPages(page);
      expect(pages).toEqual(['#/suspension', '#/notifications', '#/my-data']);
      const findings: Finding[] = [];
      for (const href of pages) {
        await page.goto(`${baseUrl}/${href}`);
        findings.push(...(await scan(page, href)));
      }
      await page.goto(`${baseUrl}/#/suspension`);
      await page.locator('[data-testid="statement-action"][data-type="suspend"] [data-testid="appeal-open"]').click();
      await page.locator('textarea[name="appeal"]').waitFor();
      findings.push(...(await scan(page, '#/suspension, appeal form open')));
      console.log(`suspended author: ${pages.length + 1} pages scanned, ${findings.length} violations\n${summary(findings)}`);
      expect(findings).toEqual([]);
    },
    TIMEOUT_MS,
  );
});

/**
 * The pages of someone who represents a verified organisation: the shared console server has no
 * organisations, so these run against a demo backend of their own (the demo police, its officer's
 * emblem and tips): the start page, the tips inbox and a tip open in its drawer, in both languages.
 */
describe('the organisation member’s pages against WCAG 2.1 AA (axe)', () => {
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof startDemoBackend>> | undefined;
  beforeAll(async () => {
    demo = await startDemoBackend();
    browser = await launchChromium();
  }, TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
  });

  for (const language of ['Svenska', 'English'] as const) {
    it(
      `finds no violation on the officer’s start page, tips inbox and open tip in ${language}`,
      async () => {
        const { baseUrl, demoPassword } = e2eEnv();
        const tip = await tipToPolice('citizen@demo.samverka.se', `Tips för tillgänglighetskontrollen (${language}).`);
        const { context, page } = await freshPage(browser);
        try {
          await signIn(page, DEMO_POLICE.officer.email, demoPassword);
          if (language === 'English') await switchLanguage(page, 'English');
          const findings: Finding[] = [];
          await page.locator('[data-testid="open-tips-card"]').waitFor();
          findings.push(...(await scan(page, '#/ (emblem and open tips)')));
          await page.goto(`${baseUrl}/#/organisation-messages`);
          await page.locator('[data-testid="tip-row"]').first().waitFor();
          findings.push(...(await scan(page, '#/organisation-messages')));
          await page.goto(`${baseUrl}/#/organisation-messages/${tip.id}`);
          await page.locator('[data-testid="tip-answer-form"]').waitFor();
          findings.push(...(await scan(page, '#/organisation-messages/:id (answer form)')));
          console.log(`officer (${language}): 3 pages scanned, ${findings.length} violations\n${summary(findings)}`);
          expect(findings).toEqual([]);
        } finally {
          await context.close();
        }
      },
      TIMEOUT_MS,
    );
  }
});
