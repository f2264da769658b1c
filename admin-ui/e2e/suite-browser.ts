import { afterAll, beforeAll } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freshPage, launchChromium } from './console-helpers.js';

/**
 * One Chromium for a describe block: launched before its tests and closed after them, with every
 * context its pages were opened in. Call it in the describe body; `page()` gives a fresh page.
 */
export function suiteBrowser(): { page: (options?: { timezoneId?: string }) => Promise<Page> } {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });
  return {
    async page(options = {}) {
      if (!browser) throw new Error('suiteBrowser().page() runs inside a test, after beforeAll');
      const fresh = await freshPage(browser, options);
      contexts.push(fresh.context);
      return fresh.page;
    },
  };
}
