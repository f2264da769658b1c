import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import type { AppealRecord } from '@samverka/shared';
import { e2eEnv, saveScreenshot, switchLanguage } from './console-helpers.js';
import { api, tokenFor } from './moderation-helpers.js';
import { suiteBrowser } from './suite-browser.js';
import { signInSuspended, SUSPENSION_FACTS, SUSPENSION_STATEMENT, suspendedAuthor } from './suspension-helpers.js';

const TIMEOUT_MS = 180_000;

/** What each language must show: the page's own words, read from the catalogues' wording. */
const WORDS = {
  sv: {
    title: 'Ditt konto är avstängt',
    until: 'Avstängningen gäller till',
    suspended: 'Ditt konto stängs av.',
    rule: 'Regel: Uthängning av personer',
    facts: `Fakta: ${SUSPENSION_FACTS}`,
    registered: 'Överklagat: ditt överklagande är registrerat',
    menu: ['Din avstängning', 'Aviseringar', 'Mina uppgifter'],
  },
  en: {
    title: 'Your account is suspended',
    until: 'The suspension lasts until',
    suspended: 'Your account is suspended.',
    rule: 'Rule: Exposing people',
    facts: `Facts: ${SUSPENSION_FACTS}`,
    registered: 'Appealed: your appeal is registered',
    menu: ['Your suspension', 'Notifications', 'My data'],
  },
} as const;

/** Tabs from the top of the page until the focus is on `selector`. */
async function tabTo(page: Page, selector: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let stop = 0; stop < 60; stop++) {
    await page.keyboard.press('Tab');
    if (await page.locator(selector).evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${selector} was not reached with Tab`);
}

/** The menu's entries (label and address), once it has settled. */
async function menu(page: Page): Promise<{ hrefs: string[]; labels: string[] }> {
  await page.waitForTimeout(1_000);
  const links = page.locator('.RaMenu-open a[href^="#/"], .RaMenu-closed a[href^="#/"]');
  return { hrefs: await links.evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? '')), labels: (await links.allInnerTexts()).map((text) => text.trim()) };
}

describe('a suspended author in the console', () => {
  const browser = suiteBrowser();

  for (const language of ['sv', 'en'] as const) {
    it(
      `shows the suspension with its statement of reasons, takes the appeal in the app and keeps everything else closed (${language})`,
      async () => {
        const { baseUrl } = e2eEnv();
        const words = WORDS[language];
        const author = await suspendedAuthor();
        const page = await browser.page();
        await signInSuspended(page, author.email, author.password);
        expect(new URL(page.url()).hash).toBe('#/suspension');
        if (language === 'en') await switchLanguage(page, 'English');

        const suspension = page.locator('[data-testid="suspension-page"]');
        await page.locator('h1', { hasText: words.title }).waitFor();
        expect(await page.locator('[data-testid="suspended-until"]').innerText()).toContain(words.until);
        const action = suspension.locator('[data-testid="statement-action"][data-type="suspend"]');
        const told = await action.innerText();
        for (const text of [words.suspended, words.rule, SUSPENSION_STATEMENT, words.facts]) expect(told).toContain(text);
        expect(await menu(page)).toEqual({ hrefs: ['#/suspension', '#/notifications', '#/my-data'], labels: [...words.menu] });

        // The appeal, in the app, without any code, by keyboard alone: Tab to it, Enter, write, Tab, Enter.
        await tabTo(page, '[data-testid="statement-action"][data-type="suspend"] [data-testid="appeal-open"]');
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'appeal');
        await page.keyboard.type('Jag nämnde bara ett förnamn, och det jag skrev var sant.');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('appeal-send');
        await page.keyboard.press('Enter');
        const registered = action.locator('[data-testid="appeal-registered"][data-status="pending"]');
        await registered.waitFor();
        expect(await registered.innerText()).toContain(words.registered);
        const { json: appeals } = await api<AppealRecord[]>('appeals', await tokenFor(author.email, author.password));
        expect(appeals.map((appeal) => [appeal.actionId, appeal.status])).toEqual([[author.actionId, 'pending']]);
        await saveScreenshot(page, `suspended-appeal-${language}`);

        // Nothing else: a deep link to a page of the console, or its home, leads back here.
        for (const hash of ['#/users', '#/moderation-cases', '#/posts', '#/groups/create', '#/']) {
          await page.goto(`${baseUrl}/${hash}`);
          await page.locator('[data-testid="suspension-page"]').waitFor();
          expect([hash, new URL(page.url()).hash]).toEqual([hash, '#/suspension']);
        }
        // Read again from the API: the appeal stands registered, not offered again.
        await page.locator('[data-testid="statement-action"][data-type="suspend"] [data-testid="appeal-registered"]').waitFor();
        expect(await page.locator('[data-testid="statement-action"][data-type="suspend"] [data-testid="appeal-open"]').count()).toBe(0);
        // What stays open: the notifications (the appeal received among them) and one's own data.
        await page.locator('[data-testid="suspension-notifications"]').click();
        await page.locator('[data-testid="notification"][data-kind="moderation.appeal_received"]').waitFor();
        await page.goto(`${baseUrl}/#/my-data`);
        await page.locator('[data-testid="my-data-page"] [data-testid="download-my-data"]').waitFor();
        expect(new URL(page.url()).hash).toBe('#/my-data');

        await page.goto(`${baseUrl}/#/suspension`);
        await page.locator('[data-testid="suspension-sign-out"]').click();
        await page.locator('input[name="username"]').waitFor();
      },
      TIMEOUT_MS,
    );
  }
});
