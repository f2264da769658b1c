import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import type { PrivacyRequestRecord } from '@samverka/shared';
import { apiSignIn, e2eEnv, freshPage, launchChromium, registerCitizen, saveScreenshot, signIn } from './console-helpers.js';

const TIMEOUT_MS = 120_000;

async function ownRequests(email: string, password: string): Promise<PrivacyRequestRecord[]> {
  const { baseUrl } = e2eEnv();
  const response = await fetch(`${baseUrl}/api/me/privacy-requests`, { headers: { Authorization: `Bearer ${await apiSignIn(email, password)}` } });
  if (!response.ok) throw new Error(`GET /api/me/privacy-requests answered ${response.status}`);
  return (await response.json()) as PrivacyRequestRecord[];
}

describe('a citizen’s own data in the console (Mina uppgifter)', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it(
    'lets a newly registered citizen reach Mina uppgifter from the home page, see the terms as accepted, give and withdraw a consent, download their data as a ZIP, and ask for their account to be deleted with their password, which is then listed as scheduled with a way to cancel it',
    async () => {
      const { demoPassword } = e2eEnv();
      const email = await registerCitizen(demoPassword);
      const { context, page } = await freshPage(browser);
      contexts.push(context);
      await signIn(page, email, demoPassword);

      await page.locator('[data-testid="dashboard-not-staff"] [data-testid="dashboard-my-data-link"]').click();
      await page.locator('[data-testid="my-data-page"]').waitFor();
      expect(page.url()).toMatch(/#\/my-data$/);
      const terms = page.locator('[data-testid="my-consent"][data-purpose="terms"]');
      await terms.waitFor();
      expect(await terms.getAttribute('data-state')).toBe('granted');
      expect(await terms.locator('[data-testid="consent-fixed"]').innerText()).toContain('Godkända');
      expect(await terms.locator('[data-testid="consent-toggle"]').count()).toBe(0);
      // The switch follows the API's answer, so wait for the new state rather than using check().
      const news = page.locator('[data-testid="my-consent"][data-purpose="email_news"]');
      await news.locator('[data-testid="consent-toggle"] input').click();
      await page.locator('[data-testid="my-consent"][data-purpose="email_news"][data-state="granted"]').waitFor();
      await news.locator('[data-testid="consent-toggle"] input').click();
      await page.locator('[data-testid="my-consent"][data-purpose="email_news"][data-state="withdrawn"]').waitFor();
      // Every signed-in person has the page in the menu too.
      expect(await page.locator('a[href="#/my-data"]').isVisible()).toBe(true);

      const downloading = page.waitForEvent('download', { timeout: 60_000 });
      await page.locator('[data-testid="download-my-data"]').click();
      const download = await downloading;
      const zip = readFileSync(await download.path());
      expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
      expect(download.suggestedFilename()).toMatch(/\.zip$/);
      await page.locator('[data-testid="my-request"][data-type="access"][data-status="completed"] [data-testid="download-export"]').waitFor();

      await page.locator('[data-testid="delete-account-button"]').click();
      const dialog = page.locator('[data-testid="delete-account"]');
      expect(await dialog.innerText()).toContain('ångerfrist');
      expect(await dialog.innerText()).toContain('Det här sparas');
      await dialog.locator('input[name="password"]').fill('inte-mitt-losenord');
      await page.locator('[data-testid="delete-account-confirm"]').click();
      expect(await page.locator('[data-testid="delete-account-error"]').innerText()).toContain('inte ditt nuvarande lösenord');
      await dialog.locator('input[name="password"]').fill(demoPassword);
      await page.locator('[data-testid="delete-account-confirm"]').click();
      await dialog.waitFor({ state: 'hidden' });

      const erasureRow = page.locator('[data-testid="my-request"][data-type="erasure"][data-status="scheduled"]');
      await erasureRow.locator('[data-testid="cancel-erasure"]').waitFor();
      expect(await page.locator('[data-testid="erasure-scheduled"]').isVisible()).toBe(true);
      expect(await page.locator('[data-testid="delete-account-button"]').isDisabled()).toBe(true);
      await saveScreenshot(page, 'my-data');

      const requests = await ownRequests(email, demoPassword);
      const erasure = requests.find((request) => request.type === 'erasure');
      expect(erasure?.status).toBe('scheduled');
      expect(erasure?.eraseAfter).not.toBeNull();
      expect(await erasureRow.getAttribute('data-id')).toBe(erasure?.id);
      expect(requests.some((request) => request.type === 'access' && request.resultReady)).toBe(true);
      const { baseUrl } = e2eEnv();
      const consents = (await (await fetch(`${baseUrl}/api/me/consents`, { headers: { Authorization: `Bearer ${await apiSignIn(email, demoPassword)}` } })).json()) as {
        history: { purpose: string; decision: string }[];
      };
      expect(
        consents.history
          .filter((entry) => entry.purpose === 'email_news')
          .map((entry) => entry.decision)
          .sort(),
      ).toEqual(['granted', 'withdrawn']);
    },
    TIMEOUT_MS,
  );
});
