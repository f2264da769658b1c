import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { e2eEnv, saveScreenshot, signIn, switchLanguage } from './console-helpers.js';
import { suiteDemoBackend } from './suite-demo-backend.js';
import { lastMonth } from './lagesbild-helpers.js';
import { suiteBrowser } from './suite-browser.js';

// Each test signs the same coordinator in: the second waits for a TOTP step the first has not used.
const TIMEOUT_MS = 180_000;

async function openLagesbild(page: Page): Promise<void> {
  await page.locator('a[href="#/lagesbild"]').click();
  await page.locator('[data-testid="lagesbild-reports"]').waitFor();
}

async function downloaded(page: Page, button: ReturnType<Page['locator']>): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await button.click();
  const download = await downloading;
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

describe('Lägesbild in the console', () => {
  const browser = suiteBrowser();
  // The demo as npm start runs it: its seed makes last month's report for Sigtuna, as the job would.
  suiteDemoBackend();

  it(
    'lets Sigtuna’s coordinator find last month’s report from the menu, download its PDF and CSV, order one for another period, and choose to receive it by e-mail',
    async () => {
      const page = await browser.page();
      await signIn(page, 'coordinator.sigtuna@demo.samverka.se', e2eEnv().demoPassword);
      await openLagesbild(page);
      expect(await page.locator('#react-admin-title').innerText()).toBe('Lägesbild: månadens trygghetsläge');
      const { from, to } = lastMonth();
      const monthly = page.locator(`[data-testid="lagesbild-report"][data-period="${from}/${to}"][data-language="sv"]`);
      expect(await monthly.innerText()).toContain('Sigtuna');
      expect(await monthly.innerText()).toContain('Månadsrapport');
      // Only the caller's municipality: Strängnäs has no report here.
      expect(await page.locator('[data-testid="lagesbild-reports"]').innerText()).not.toContain('Strängnäs');

      const pdf = await downloaded(page, monthly.locator('[data-testid="lagesbild-pdf"]'));
      expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.name).toBe(`lagesbild-sigtuna-${from}-${to}-sv.pdf`);
      const csv = await downloaded(page, monthly.locator('[data-testid="lagesbild-csv"]'));
      expect(csv.bytes.toString('utf8').split('\r\n')[0]).toBe('section,from,to,key,measure,value');
      expect(csv.bytes.toString('utf8')).toContain(`posts-by-hour,${from},${to},`);

      // An ordered report for a shorter period, in English.
      await page.locator('[data-testid="lagesbild-from"]').fill(from);
      await page.locator('[data-testid="lagesbild-to"]').fill(`${from.slice(0, 8)}14`);
      await page.locator('[data-testid="lagesbild-generate"] [role="combobox"]').nth(1).click();
      await page.locator('[role="option"]', { hasText: 'English' }).click();
      await page.locator('[data-testid="lagesbild-submit"]').click();
      const ordered = page.locator(`[data-testid="lagesbild-report"][data-period="${from}/${from.slice(0, 8)}14"][data-language="en"]`);
      await ordered.waitFor();
      expect(await ordered.innerText()).toContain('Beställd');

      const email = page.locator('[data-testid="lagesbild-email"]');
      await email.click();
      await page.locator('[data-testid="lagesbild-email"]:checked').waitFor();
      await page.reload();
      await page.locator('[data-testid="lagesbild-reports"]').waitFor();
      expect(await page.locator('[data-testid="lagesbild-email"]').isChecked()).toBe(true);
      await page.locator('[data-testid="lagesbild-email"]').click();
      await page.locator('[data-testid="lagesbild-email"]:not(:checked)').waitFor();
      await saveScreenshot(page, 'lagesbild');
    },
    TIMEOUT_MS,
  );

  it(
    'speaks English when the console does, with the buttons named for their report',
    async () => {
      const page = await browser.page();
      await signIn(page, 'coordinator.sigtuna@demo.samverka.se', e2eEnv().demoPassword);
      await switchLanguage(page, 'English');
      await openLagesbild(page);
      expect(await page.locator('#react-admin-title').innerText()).toBe('Lägesbild: the monthly safety picture');
      const { from, to } = lastMonth();
      const monthly = page.locator(`[data-testid="lagesbild-report"][data-period="${from}/${to}"][data-language="en"]`);
      expect(await monthly.innerText()).toContain('Monthly');
      expect(await monthly.locator('[data-testid="lagesbild-pdf"]').getAttribute('aria-label')).toMatch(/^Download the PDF for Sigtuna, \w+ \d{4} \(English\)$/);
    },
    TIMEOUT_MS,
  );

  it(
    'is not in the menu of a moderator, who may not read the reports',
    async () => {
      const page = await browser.page();
      await signIn(page, 'moderator@demo.samverka.se', e2eEnv().demoPassword);
      await page.locator('a[href="#/transparency"]').waitFor();
      expect(await page.locator('a[href="#/lagesbild"]').count()).toBe(0);
    },
    TIMEOUT_MS,
  );
});
