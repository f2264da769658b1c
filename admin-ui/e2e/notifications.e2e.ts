import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { e2eEnv, eventually, registerCitizen, saveScreenshot, signIn } from './console-helpers.js';
import { api, MARSTA, tokenFor } from './moderation-helpers.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 180_000;

/**
 * Two reporters, one reading Swedish and one English, report the same advert; a moderator removes
 * it. Each has two unread notifications: the report received, and its outcome.
 */
async function decidedReports(): Promise<{ swedish: string; english: string }> {
  const { demoPassword } = e2eEnv();
  const author = await tokenFor(await registerCitizen(demoPassword), demoPassword);
  const { json: post } = await api<{ id: string }>('posts', author, { method: 'POST', body: { text: `Säljer solglasögon billigt på torget (${Date.now()})`, priority: 'green', ...MARSTA } });
  const [swedish, english] = [await registerCitizen(demoPassword), await registerCitizen(demoPassword)];
  let caseId = '';
  for (const reporter of [swedish, english]) {
    const token = await tokenFor(reporter, demoPassword);
    if (reporter === english) await api('me', token, { method: 'PATCH', body: { language: 'en' } });
    caseId = (await api<{ caseId: string }>('notices', token, { method: 'POST', body: { itemType: 'post', itemId: post.id, rule: 'commercial', explanation: 'Reklam för solglasögon.' } })).json.caseId;
  }
  const moderator = await tokenFor('moderator@demo.samverka.se', demoPassword);
  const { json: open } = await api<{ version: number }>(`moderation-cases/${caseId}`, moderator);
  await api(`moderation-cases/${caseId}/decide`, moderator, {
    method: 'POST',
    body: { version: open.version, actions: [{ type: 'remove', rule: 'commercial', statement: 'Reklam hör inte hemma på kartan.' }] },
  });
  return { swedish, english };
}

const bellCount = (page: Page) => page.locator('[data-testid="notification-bell"]').getAttribute('data-count');

/** Waits until the bell in the app bar shows `count` unread notifications. */
async function bellShows(page: Page, count: number): Promise<void> {
  await eventually(
    () => bellCount(page),
    (shown) => shown === String(count),
    `the bell to count ${count}`,
  );
}

describe('the notification bell and Aviseringar', () => {
  const browser = suiteBrowser();

  it(
    'shows a reporter the unread count on the bell and the outcome of their report in words, in Swedish and in English, and the count drops as they read',
    async () => {
      const { demoPassword } = e2eEnv();
      const { swedish, english } = await decidedReports();

      const page = await browser.page();
      await signIn(page, swedish, demoPassword);
      await bellShows(page, 2);
      expect(await page.locator('[data-testid="notification-bell"]').innerText()).toContain('Aviseringar (2 olästa)');
      await page.locator('[data-testid="notification-bell"]').click();
      await page.locator('[data-testid="notifications-page"]').waitFor();
      expect(page.url()).toMatch(/#\/notifications$/);
      const outcome = page.locator('[data-testid="notification"][data-kind="moderation.notice_outcome"]');
      await outcome.waitFor();
      const outcomeText = await outcome.innerText();
      expect(outcomeText).toContain('Utgången av din anmälan');
      expect(outcomeText).toContain('Åtgärd vidtogs');
      expect(outcomeText).toContain('Vi har granskat din anmälan och åtgärdat den. Innehållet har tagits bort.');
      expect(outcomeText).not.toMatch(/actioned|commercial|moderation\./);
      expect(await page.locator('[data-testid="notification"][data-kind="moderation.notice_received"]').innerText()).toContain('Din anmälan har tagits emot');
      await saveScreenshot(page, 'notifications-sv');

      // One read: the bell drops to one, and the card says so.
      await outcome.locator('[data-testid="notification-mark-read"]').click();
      await page.locator('[data-testid="notification"][data-kind="moderation.notice_outcome"][data-read="true"]').waitFor();
      await bellShows(page, 1);
      // All read: none left, and the button has nothing more to do.
      await page.locator('[data-testid="notifications-read-all"]').click();
      await page.locator('.MuiSnackbar-root', { hasText: 'Alla aviseringar är markerade som lästa' }).waitFor();
      await bellShows(page, 0);
      // The bell and the list are refetched separately after the refresh: wait for the list too.
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="notification"][data-read="false"]').length === 0, undefined, { timeout: 10_000 });
      expect(await page.locator('[data-testid="notification"][data-read="false"]').count()).toBe(0);
      expect(await page.locator('[data-testid="notifications-read-all"]').isDisabled()).toBe(true);

      // The English reader's console opens in English, and their outcome was written in English.
      const englishPage = await browser.page();
      await signIn(englishPage, english, demoPassword, { keepSavedLanguage: true });
      await bellShows(englishPage, 2);
      expect(await englishPage.locator('[data-testid="notification-bell"]').innerText()).toContain('Notifications (2 unread)');
      await englishPage.locator('[data-testid="notification-bell"]').click();
      const englishOutcome = englishPage.locator('[data-testid="notification"][data-kind="moderation.notice_outcome"]');
      await englishOutcome.waitFor();
      const englishText = await englishOutcome.innerText();
      expect(englishText).toContain('The outcome of your report');
      expect(englishText).toContain('Action was taken');
      expect(englishText).toContain('We reviewed your report and acted on it. The content has been removed.');
      await saveScreenshot(englishPage, 'notifications-en');
      await englishPage.locator('[data-testid="notifications-read-all"]').click();
      await bellShows(englishPage, 0);
    },
    TIMEOUT_MS,
  );

  it(
    'offers Aviseringar in the menu to everyone signed in, staff and residents, in Swedish and in English, and opens the page from there',
    async () => {
      const { demoPassword } = e2eEnv();
      const entry = (page: Page) => page.locator('a.MuiMenuItem-root[href="#/notifications"]');

      const resident = await registerCitizen(demoPassword);
      const page = await browser.page();
      await signIn(page, resident, demoPassword);
      expect((await entry(page).innerText()).trim()).toBe('Aviseringar');
      await entry(page).click();
      await page.locator('[data-testid="notifications-page"]').waitFor();
      expect(page.url()).toMatch(/#\/notifications$/);

      await api('me', await tokenFor(resident, demoPassword), { method: 'PATCH', body: { language: 'en' } });
      const englishPage = await browser.page();
      await signIn(englishPage, resident, demoPassword, { keepSavedLanguage: true });
      expect((await entry(englishPage).innerText()).trim()).toBe('Notifications');

      const moderatorPage = await browser.page();
      await signIn(moderatorPage, 'moderator@demo.samverka.se', demoPassword);
      await entry(moderatorPage).click();
      await moderatorPage.locator('[data-testid="notifications-page"]').waitFor();
    },
    TIMEOUT_MS,
  );
});
