import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { e2eEnv, freshPage, launchChromium, saveScreenshot, signIn } from './console-helpers.js';

const TIMEOUT_MS = 60_000;
const MENU_ITEM = '[data-testid="jobs-board-menu"]';

describe('the job dashboard', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const { demoPassword } = e2eEnv();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function pageSignedInAs(email: string): Promise<Page> {
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    await signIn(fresh.page, email, demoPassword);
    return fresh.page;
  }

  it(
    "opens from the platform owner's menu in a new tab, signed in by a ticket that leaves the address bar",
    async () => {
      const page = await pageSignedInAs('owner@demo.samverka.se');
      await page.locator(MENU_ITEM).waitFor({ state: 'visible' });
      expect(await page.locator(MENU_ITEM).innerText()).toContain('Bakgrundsjobb');
      const [board] = await Promise.all([context!.waitForEvent('page'), page.locator(MENU_ITEM).click()]);
      await board.waitForURL(/\/api\/jobs\/board\/$/);
      // The board's own app asks its API with the cookie the ticket was traded for.
      const queues = await board.waitForResponse((response) => response.url().includes('/api/jobs/board/api/queues'));
      expect(queues.status()).toBe(200);
      await board.getByText('maintenance').first().waitFor({ state: 'visible' });
      await saveScreenshot(board, 'jobs-board');
    },
    TIMEOUT_MS,
  );

  it(
    "is not in a moderator's menu",
    async () => {
      const page = await pageSignedInAs('moderator@demo.samverka.se');
      await page.locator('a[href="#/my-data"]').waitFor({ state: 'visible' });
      expect(await page.locator(MENU_ITEM).count()).toBe(0);
    },
    TIMEOUT_MS,
  );
});
