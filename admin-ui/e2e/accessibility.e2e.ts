import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { e2eEnv, freshPage, launchChromium, signIn } from './console-helpers.js';
import { orderSigtunaLagesbild } from './lagesbild-helpers.js';
import { reportedCommercialPost } from './moderation-helpers.js';

/** WCAG 2.1 A and AA, what Swedish law (DOS-lagen) asks of public-sector digital services. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
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

type Finding = { page: string; rule: string; impact: string; count: number; nodes: string[] };

/**
 * Lets the page settle: no spinner or skeleton left (at most 5 s), then a pause for transitions.
 * Not `networkidle`: the open-case and notification counts poll.
 */
async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(300);
  const loading = page.locator('.MuiCircularProgress-root, .MuiLinearProgress-indeterminate, .MuiSkeleton-root');
  for (let waited = 0; waited < 5_000 && (await loading.count()) > 0; waited += 200) await page.waitForTimeout(200);
  await page.waitForTimeout(300);
}

async function scan(page: Page, where: string): Promise<Finding[]> {
  await settled(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((violation) => ({
    page: where,
    rule: violation.id,
    impact: violation.impact ?? 'unknown',
    count: violation.nodes.length,
    nodes: violation.nodes.slice(0, 3).map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1, 2).join('').trim()}`),
  }));
}

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

function summary(findings: Finding[]): string {
  return findings.map((finding) => `  ${finding.page}  [${finding.impact}] ${finding.rule} (${finding.count} elements)\n${finding.nodes.map((node) => `      ${node}`).join('\n')}`).join('\n');
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
});
