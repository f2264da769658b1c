import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { linkToken } from '../../backend/test/support/captured-mail.js';
import { e2eEnv, emailedTo, freshPage, launchChromium, registerCitizen, registerUnconfirmed, saveScreenshot, signIn } from './console-helpers.js';

const TIMEOUT_MS = 90_000;

/**
 * The pages behind the account e-mails, reached signed out: the links are taken from the mailbox
 * the backend writes (the outbox shows them hidden), as the resident would open them.
 */
describe('the account links', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const { baseUrl, demoPassword } = e2eEnv();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function newPage(): Promise<Page> {
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    return fresh.page;
  }

  it(
    'lets a resident who forgot the password ask for a link from the login page, choose a new password and sign in with it',
    async () => {
      const email = await registerCitizen(demoPassword);
      const page = await newPage();
      await page.goto(`${baseUrl}/#/login`);
      await page.getByText('Glömt lösenordet?').click();
      await page.locator('[data-testid="forgot-password-page"]').waitFor({ state: 'visible' });

      // The same neutral answer for an address nobody has as for the resident's.
      await page.locator('input[name="email"]').fill(`nobody.${Date.now()}@example.se`);
      await page.locator('[data-testid="forgot-password-submit"]').click();
      const neutral = await page.locator('[data-testid="forgot-password-sent"]').innerText();
      expect(neutral).toContain('Om ett konto har den här adressen');
      await page.reload();
      await page.locator('input[name="email"]').fill(email);
      await page.locator('[data-testid="forgot-password-submit"]').click();
      expect(await page.locator('[data-testid="forgot-password-sent"]').innerText()).toBe(neutral);

      // The link names PUBLIC_URL; the console under test runs at baseUrl.
      await page.goto(`${baseUrl}/#/reset-password/${linkToken(await emailedTo(email), 'reset-password')}`);
      await page.locator('[data-testid="reset-password-page"]').waitFor({ state: 'visible' });
      // Too short: the backend's message names the field, and nothing changes.
      await page.locator('input[name="password"]').fill('kort');
      await page.locator('input[name="passwordRepeat"]').fill('kort');
      await page.locator('[data-testid="reset-password-submit"]').click();
      expect(await page.locator('[data-testid="reset-password-error"]').innerText()).toMatch(/password/);
      await saveScreenshot(page, 'reset-password-too-short');

      const newPassword = 'ett helt nytt långt lösenord';
      await page.locator('input[name="password"]').fill(newPassword);
      await page.locator('input[name="passwordRepeat"]').fill(newPassword);
      await page.locator('[data-testid="reset-password-submit"]').click();
      await page.waitForURL(/#\/login$/);
      await signIn(page, email, newPassword);
    },
    TIMEOUT_MS,
  );

  it(
    'confirms a new address from the link, then says the link is spent and offers a new one',
    async () => {
      const email = await registerUnconfirmed(demoPassword);
      const token = linkToken(await emailedTo(email), 'confirm-email');
      const page = await newPage();
      await page.goto(`${baseUrl}/#/confirm-email/${token}`);
      const outcome = page.locator('[data-testid="confirm-email-outcome"]');
      await page.locator('[data-testid="confirm-email-outcome"][data-outcome="confirmed"]').waitFor({ state: 'visible' });
      expect(await outcome.innerText()).toContain('Din e-postadress är bekräftad');
      await saveScreenshot(page, 'confirm-email');
      await page.locator('[data-testid="account-sign-in-link"]').click();
      await signIn(page, email, demoPassword);

      const again = await newPage();
      await again.goto(`${baseUrl}/#/confirm-email/${token}`);
      await again.locator('[data-testid="confirm-email-outcome"][data-outcome="invalid"]').waitFor({ state: 'visible' });
      expect(await again.locator('[data-testid="confirm-email-outcome"]').innerText()).toContain('har redan använts');
      await again.locator('[data-testid="resend-confirmation"]').waitFor({ state: 'visible' });
    },
    TIMEOUT_MS,
  );
});
