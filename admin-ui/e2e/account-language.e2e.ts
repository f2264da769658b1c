import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { apiSignIn, e2eEnv, menuLabel, registerCitizen, setSavedLanguage, signIn } from './console-helpers.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 120_000;

async function savedLanguage(email: string, password: string): Promise<string> {
  const { baseUrl } = e2eEnv();
  const me = await fetch(`${baseUrl}/api/me`, { headers: { Authorization: `Bearer ${await apiSignIn(email, password)}` } });
  return ((await me.json()) as { language: string }).language;
}

/** The language the console shows, read from the menu entry every role has. */
async function consoleLanguage(page: Page): Promise<'sv' | 'en'> {
  const label = await menuLabel(page, 'municipalities');
  if (label === 'Kommuner') return 'sv';
  if (label === 'Municipalities') return 'en';
  throw new Error(`the menu reads "${label}"`);
}

/** The login page in English, as a console left in English by an earlier visit opens it. */
async function loginPageLeftInEnglish(page: Page): Promise<void> {
  const { baseUrl } = e2eEnv();
  await page.goto(`${baseUrl}/#/login`);
  await page.evaluate(() => localStorage.setItem('RaStore.locale', JSON.stringify('en')));
  await page.reload();
  await page.locator('form button[type="submit"]', { hasText: 'Sign in' }).waitFor({ state: 'visible' });
}

/**
 * The console opens in the language saved on the account (users.language, set by the language
 * switch through PATCH /api/me) at sign-in, whatever the login page showed; a language chosen on
 * the login page before signing in is the person's latest word, so it wins and is saved.
 */
describe('the console’s language at sign-in', () => {
  const browser = suiteBrowser();
  const { baseUrl, demoPassword } = e2eEnv();

  it(
    'switches a Swedish console to English when a person whose saved language is English signs in, and keeps it after a reload',
    async () => {
      const email = await registerCitizen(demoPassword);
      const token = await apiSignIn(email, demoPassword);
      const patched = await fetch(`${baseUrl}/api/me`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ language: 'en' }),
      });
      expect(patched.status).toBe(200);

      const page = await browser.page();
      await page.goto(`${baseUrl}/#/login`);
      await page.locator('form button[type="submit"]', { hasText: 'Logga in' }).waitFor({ state: 'visible' });
      await signIn(page, email, demoPassword, { keepSavedLanguage: true });
      expect(await consoleLanguage(page)).toBe('en');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      await page.reload();
      await page.locator('a[href="#/municipalities"]').waitFor({ state: 'visible' });
      expect(await consoleLanguage(page)).toBe('en');
      expect(await savedLanguage(email, demoPassword)).toBe('en');
    },
    TIMEOUT_MS,
  );

  it(
    'switches a console left in English to Swedish when a member of staff whose saved language is Swedish signs in through the second step',
    async () => {
      const email = 'coordinator.strangnas@demo.samverka.se';
      await setSavedLanguage(email, 'sv');
      const page = await browser.page();
      await loginPageLeftInEnglish(page);
      await signIn(page, email, demoPassword, { keepSavedLanguage: true });
      expect(await consoleLanguage(page)).toBe('sv');
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    },
    TIMEOUT_MS,
  );

  it(
    'keeps a language chosen on the login page over the saved one and saves it on the account, so the choice holds at the next sign-in',
    async () => {
      const email = await registerCitizen(demoPassword);
      expect(await savedLanguage(email, demoPassword)).toBe('sv');
      const page = await browser.page();
      await page.goto(`${baseUrl}/#/login`);
      await page.locator('[data-testid="login-locale-switcher"] button').click();
      await page.locator('#simple-menu [role="menuitem"]', { hasText: 'English' }).click();
      await page.locator('form button[type="submit"]', { hasText: 'Sign in' }).waitFor({ state: 'visible' });
      await signIn(page, email, demoPassword, { keepSavedLanguage: true });
      expect(await consoleLanguage(page)).toBe('en');
      expect(await savedLanguage(email, demoPassword)).toBe('en');

      // A later sign-in in another browser, without a choice, opens in the saved English.
      const elsewhere = await browser.page();
      await signIn(elsewhere, email, demoPassword, { keepSavedLanguage: true });
      expect(await consoleLanguage(elsewhere)).toBe('en');
    },
    TIMEOUT_MS,
  );
});
