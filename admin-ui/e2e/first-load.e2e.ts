import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { e2eEnv, freshPage, launchChromium } from './console-helpers.js';

const TIMEOUT_MS = 60_000;
const LOGIN_FORM = 'input[name="username"]';

/**
 * Counts every client-side navigation (history.pushState/replaceState to another address,
 * hashchange) from the first script on, so a redirect loop shows as a number rather than as a
 * slow page. The router stamping its state on the current address is not a navigation.
 */
const COUNT_NAVIGATIONS = `
  window.__navigations = [];
  for (const method of ['pushState', 'replaceState']) {
    const original = history[method].bind(history);
    history[method] = (state, title, url) => {
      if (url != null && new URL(url, location.href).href !== location.href) window.__navigations.push(method + ' ' + String(url));
      return original(state, title, url);
    };
  }
  window.addEventListener('hashchange', () => window.__navigations.push('hashchange ' + location.hash));
`;

/** A stored session whose tokens the server no longer accepts, as after a long absence. */
const STALE_SESSION = `
  if (!sessionStorage.getItem('stale-seeded')) {
    sessionStorage.setItem('stale-seeded', '1');
    localStorage.setItem('samverka.session', JSON.stringify({
      accessToken: 'expired', refreshToken: 'revoked', accessTokenExpiresAt: 0,
      user: { id: '00000000-0000-4000-8000-000000000009', email: 'gone@example.se', displayName: 'Gone', roles: ['citizen'], municipalities: [], groups: [], rules: [] },
    }));
  }
`;

async function navigationsUntilLoginForm(page: Page, url: string): Promise<{ navigations: string[]; ms: number; hash: string }> {
  await page.addInitScript(COUNT_NAVIGATIONS);
  const started = Date.now();
  await page.goto(url);
  await page.locator(LOGIN_FORM).waitFor({ state: 'visible' });
  const ms = Date.now() - started;
  // A loop that is still running would go on adding entries: give it a moment to show itself.
  await page.waitForTimeout(500);
  const navigations = await page.evaluate(() => (window as unknown as { __navigations: string[] }).__navigations);
  return { navigations, ms, hash: await page.evaluate(() => location.hash) };
}

describe('the console signed out', () => {
  let browser: Browser;
  const { baseUrl } = e2eEnv();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  // A deep show link such as an e-mailed link to a user's page.
  for (const start of ['/', '/#/users', '/#/users/00000000-0000-4000-8000-000000000001/show']) {
    it(
      `shows the login form after at most one navigation when opened at ${start}`,
      async () => {
        const { context, page } = await freshPage(browser);
        try {
          const { navigations, ms, hash } = await navigationsUntilLoginForm(page, `${baseUrl}${start}`);
          console.log(`first load at ${start}: login form after ${ms} ms and ${navigations.length} navigation(s)`);
          expect(navigations.length).toBeLessThanOrEqual(1);
          expect(hash).toBe('#/login');
        } finally {
          await context.close();
        }
      },
      TIMEOUT_MS,
    );
  }

  it(
    'shows the login form after one navigation when the stored session is no longer valid',
    async () => {
      const { context, page } = await freshPage(browser);
      try {
        await page.addInitScript(STALE_SESSION);
        const { navigations, ms, hash } = await navigationsUntilLoginForm(page, `${baseUrl}/#/users`);
        console.log(`stale session at /#/users: login form after ${ms} ms and ${navigations.length} navigation(s)`);
        expect(navigations.length).toBeLessThanOrEqual(1);
        expect(hash).toBe('#/login');
      } finally {
        await context.close();
      }
    },
    TIMEOUT_MS,
  );
});
