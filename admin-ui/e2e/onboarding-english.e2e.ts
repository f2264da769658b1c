import { readFile } from 'node:fs/promises';
import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { linkToken } from '../../backend/test/support/captured-mail.js';
import { e2eEnv, emailedTo, registerCitizen, registerUnconfirmed, saveScreenshot, signIn, totpCode } from './console-helpers.js';
import { api, invitedCoordinator } from './moderation-helpers.js';
import { leafTexts, rawValuesIn } from './page-words.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 120_000;

/** Picks English with the language choice every signed-out page carries, and waits for the page to answer in it. */
async function chooseEnglish(page: Page, englishText: string): Promise<void> {
  await page.locator('[data-testid="public-locale-switcher"] button').click();
  await page.locator('#simple-menu [role="menuitem"]', { hasText: 'English' }).click();
  await page.getByText(englishText).first().waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
}

/** Every word of the page (`testId`) in English: no Swedish console text, raw key or enum value left. */
async function expectAllEnglish(page: Page, testId: string): Promise<void> {
  expect(rawValuesIn(await leafTexts(page, `[data-testid="${testId}"] *`), 'en')).toEqual([]);
}

/**
 * The pages a new person meets before the console, driven in English: the staff invitation with
 * its second-factor enrolment, and the account e-mails' links (account-links.e2e.ts drives them in
 * Swedish). The language is chosen on the page, as a newcomer who reads English would.
 */
describe('onboarding in English', () => {
  const browser = suiteBrowser();
  const { baseUrl, demoPassword } = e2eEnv();

  it(
    'lets an invited member of staff choose a password, scan the QR code, confirm the recovery codes and sign in, all in English, and keeps English on the account',
    async () => {
      const { token } = await invitedCoordinator('Emma English');

      const page = await browser.page();
      await page.goto(`${baseUrl}/#/invitation/${token}`);
      await page.locator('[data-testid="invitation-page"]').waitFor();
      await chooseEnglish(page, 'Welcome to the Samverka console');
      await expectAllEnglish(page, 'invitation-page');
      await page.locator('input[name="password"]').fill('a long password for the test');
      await page.locator('input[name="passwordRepeat"]').fill('a long password for the test');
      await page.locator('[data-testid="invitation-submit"]').click();

      // The enrolment: the QR code, the secret, the recovery codes to download and confirm as saved.
      const secret = await page.locator('[data-testid="mfa-secret"]').inputValue();
      await page.locator('[data-testid="mfa-recovery-codes"]').waitFor();
      expect(await page.locator('[data-testid="mfa-qr"] svg path').count()).toBeGreaterThan(0);
      await expectAllEnglish(page, 'sign-in-code-page');
      await saveScreenshot(page, 'mfa-enrolment-en');
      await page.locator('input[name="code"]').fill(await totpCode(secret));
      expect(await page.locator('[data-testid="sign-in-code-submit"]').isDisabled()).toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="mfa-codes-download"]').click()]);
      const saved = await readFile(await download.path(), 'utf8');
      expect(saved).toContain('Samverka recovery codes.');
      expect(await page.getByText('I have saved my recovery codes somewhere safe').count()).toBe(1);
      await page.locator('[data-testid="mfa-codes-saved"]').check();
      await page.locator('[data-testid="sign-in-code-submit"]').click();
      await page.locator('[data-testid="dashboard-staff"]').waitFor();
      expect((await page.locator('a[href="#/municipalities"]').innerText()).trim()).toBe('Municipalities');
      // Chosen before signing in, English is the account's language from now on (e-mails too).
      const { json: me } = await api<{ language: string }>('me', await page.evaluate(() => (JSON.parse(localStorage.getItem('samverka.session') ?? '{}') as { accessToken: string }).accessToken));
      expect(me.language).toBe('en');
    },
    TIMEOUT_MS,
  );

  it(
    'confirms a new address in English, also when English is chosen after the link was opened',
    async () => {
      const email = await registerUnconfirmed(demoPassword);
      const page = await browser.page();
      await page.goto(`${baseUrl}/#/confirm-email/${linkToken(await emailedTo(email), 'confirm-email')}`);
      await page.locator('[data-testid="confirm-email-outcome"][data-outcome="confirmed"]').waitFor();
      await chooseEnglish(page, 'Confirm your e-mail address');
      // The page says what happened when the link was opened, not that the link is now spent.
      await page.locator('[data-testid="confirm-email-outcome"][data-outcome="confirmed"]').waitFor();
      expect(await page.locator('[data-testid="confirm-email-outcome"]').innerText()).toBe('Your e-mail address is confirmed. You can sign in now.');
      await expectAllEnglish(page, 'confirm-email-page');
      await saveScreenshot(page, 'confirm-email-en');
      await page.locator('[data-testid="account-sign-in-link"]').click();
      await page.locator('form button[type="submit"]', { hasText: 'Sign in' }).waitFor();
      await signIn(page, email, demoPassword);
    },
    TIMEOUT_MS,
  );

  it(
    'lets a resident ask for a reset link and choose a new password in English',
    async () => {
      const email = await registerCitizen(demoPassword);
      const page = await browser.page();
      await page.goto(`${baseUrl}/#/forgot-password`);
      await page.locator('[data-testid="forgot-password-page"]').waitFor();
      await chooseEnglish(page, 'Forgot your password?');
      await expectAllEnglish(page, 'forgot-password-page');
      await page.locator('input[name="email"]').fill(email);
      await page.locator('[data-testid="forgot-password-submit"]').click();
      expect(await page.locator('[data-testid="forgot-password-sent"]').innerText()).toContain('If an account uses this address');

      // The console remembers the language: the link from the e-mail opens in English.
      await page.goto(`${baseUrl}/#/reset-password/${linkToken(await emailedTo(email), 'reset-password')}`);
      await page.locator('[data-testid="reset-password-page"]').getByText('Choose a new password').first().waitFor();
      await expectAllEnglish(page, 'reset-password-page');
      await page.locator('input[name="password"]').fill('kort');
      await page.locator('input[name="passwordRepeat"]').fill('kort');
      await page.locator('[data-testid="reset-password-submit"]').click();
      expect(await page.locator('[data-testid="reset-password-error"]').innerText()).toMatch(/password/);
      await expectAllEnglish(page, 'reset-password-page');
      await saveScreenshot(page, 'reset-password-en');
      const newPassword = 'an entirely new long password';
      await page.locator('input[name="password"]').fill(newPassword);
      await page.locator('input[name="passwordRepeat"]').fill(newPassword);
      await page.locator('[data-testid="reset-password-submit"]').click();
      await page.waitForURL(/#\/login$/);
      await page.locator('input[name="username"]').waitFor();
      expect(await page.locator('form button[type="submit"]').innerText()).toMatch(/Sign in/i);
      await signIn(page, email, newPassword);
    },
    TIMEOUT_MS,
  );
});
