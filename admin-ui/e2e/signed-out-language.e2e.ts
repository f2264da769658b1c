import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { linkToken } from '../../backend/test/support/captured-mail.js';
import { e2eEnv, emailedTo, registerCitizen } from './console-helpers.js';
import { invitedCoordinator } from './moderation-helpers.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 120_000;

/** Switches the signed-out page's language with its own switch (`switcher` is its test id) and waits for the page to answer in it. */
async function switchTo(page: Page, switcher: string, language: 'English' | 'Svenska', text: string): Promise<void> {
  await page.locator(`[data-testid="${switcher}"] button`).click();
  await page.locator('#simple-menu [role="menuitem"]', { hasText: language }).click();
  await page.getByText(text).first().waitFor();
}

/**
 * Switching the language re-renders the whole console (react-admin remounts it under the new
 * locale): on the pages reached signed out, what a person has typed must survive the switch.
 */
describe('the language switch on signed-out pages', () => {
  const browser = suiteBrowser();
  const { baseUrl, demoPassword } = e2eEnv();

  it(
    'keeps the e-mail address and password typed on the login page when the language is switched, signs in with them, and keeps no password once the page is left',
    async () => {
      const email = await registerCitizen(demoPassword);
      const page = await browser.page();
      await page.goto(`${baseUrl}/#/login`);
      await page.locator('input[name="username"]').fill(email);
      await page.locator('input[name="password"]').fill(demoPassword);
      await switchTo(page, 'login-locale-switcher', 'English', 'Sign in');
      expect(await page.locator('input[name="username"]').inputValue()).toBe(email);
      expect(await page.locator('input[name="password"]').inputValue()).toBe(demoPassword);
      // And back: a second switch keeps them too.
      await switchTo(page, 'login-locale-switcher', 'Svenska', 'Logga in');
      expect(await page.locator('input[name="password"]').inputValue()).toBe(demoPassword);

      // What was typed is kept only across a switch: a page left and opened again starts empty.
      await page.locator('[data-testid="forgot-password-link"]').click();
      await page.locator('[data-testid="forgot-password-page"]').waitFor();
      await page.goto(`${baseUrl}/#/login`);
      await page.locator('input[name="password"]').waitFor();
      expect(await page.locator('input[name="username"]').inputValue()).toBe('');
      expect(await page.locator('input[name="password"]').inputValue()).toBe('');

      await page.locator('input[name="username"]').fill(email);
      await page.locator('input[name="password"]').fill(demoPassword);
      await switchTo(page, 'login-locale-switcher', 'English', 'Sign in');
      await page.locator('form button[type="submit"]').click();
      await page.locator('a[href="#/municipalities"]').waitFor({ state: 'visible' });
    },
    TIMEOUT_MS,
  );

  it(
    'keeps the password and its repetition typed on the invitation page when the language is switched, and accepts the invitation with them',
    async () => {
      const { token } = await invitedCoordinator('Sara Switch');

      const page = await browser.page();
      await page.goto(`${baseUrl}/#/invitation/${token}`);
      await page.locator('[data-testid="invitation-page"]').waitFor();
      await page.locator('input[name="password"]').fill('a long password for the test');
      await page.locator('input[name="passwordRepeat"]').fill('a long password for the test');
      await switchTo(page, 'public-locale-switcher', 'English', 'Welcome to the Samverka console');
      expect(await page.locator('input[name="password"]').inputValue()).toBe('a long password for the test');
      expect(await page.locator('input[name="passwordRepeat"]').inputValue()).toBe('a long password for the test');
      await page.locator('[data-testid="invitation-submit"]').click();
      await page.locator('[data-testid="mfa-secret"]').waitFor();
    },
    TIMEOUT_MS,
  );

  it(
    'keeps the new password and its repetition typed on the reset page when the language is switched, and sets it',
    async () => {
      const email = await registerCitizen(demoPassword);
      const page = await browser.page();
      await page.goto(`${baseUrl}/#/forgot-password`);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('[data-testid="forgot-password-submit"]').click();
      await page.locator('[data-testid="forgot-password-sent"]').waitFor();
      await page.goto(`${baseUrl}/#/reset-password/${linkToken(await emailedTo(email), 'reset-password')}`);
      await page.locator('[data-testid="reset-password-page"]').waitFor();
      const newPassword = 'an entirely new long password';
      await page.locator('input[name="password"]').fill(newPassword);
      await page.locator('input[name="passwordRepeat"]').fill(newPassword);
      await switchTo(page, 'public-locale-switcher', 'English', 'Choose a new password');
      expect(await page.locator('input[name="password"]').inputValue()).toBe(newPassword);
      expect(await page.locator('input[name="passwordRepeat"]').inputValue()).toBe(newPassword);
      await page.locator('[data-testid="reset-password-submit"]').click();
      await page.waitForURL(/#\/login$/);
    },
    TIMEOUT_MS,
  );
});
