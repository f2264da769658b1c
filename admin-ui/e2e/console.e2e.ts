import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  e2eEnv,
  freshPage,
  launchChromium,
  listedEmails,
  menuEntries,
  menuLabel,
  openList,
  saveScreenshot,
  signIn,
  switchLanguage,
  type MenuResource,
} from './console-helpers.js';

const TIMEOUT_MS = 60_000;

/** The demo seed's accounts and the menu each role must get from the CASL rules. */
const ACCOUNTS: { name: string; email: string; menu: MenuResource[] }[] = [
  { name: 'platform-owner', email: 'owner@demo.samverka.se', menu: ['users', 'municipalities', 'audit-events'] },
  { name: 'moderator', email: 'moderator@demo.samverka.se', menu: ['users', 'municipalities'] },
  {
    name: 'coordinator-sigtuna',
    email: 'coordinator.sigtuna@demo.samverka.se',
    menu: ['users', 'municipalities', 'audit-events'],
  },
  {
    name: 'coordinator-strangnas',
    email: 'coordinator.strangnas@demo.samverka.se',
    menu: ['users', 'municipalities', 'audit-events'],
  },
  { name: 'citizen', email: 'citizen@demo.samverka.se', menu: ['municipalities'] },
];

describe('the Samverka console', () => {
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

  /** Each test gets its own context: no session or language leaks between tests. */
  async function pageSignedInAs(email: string): Promise<Page> {
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    await signIn(fresh.page, email, demoPassword);
    return fresh.page;
  }

  for (const account of ACCOUNTS) {
    it(
      `shows ${account.email} exactly the menu entries ${account.menu.join(', ')}`,
      async () => {
        const page = await pageSignedInAs(account.email);
        expect(await menuEntries(page)).toEqual(account.menu);
        await saveScreenshot(page, account.name);
      },
      TIMEOUT_MS,
    );
  }

  it(
    'greets a citizen with an explanation that the console is for staff',
    async () => {
      const page = await pageSignedInAs('citizen@demo.samverka.se');
      await page.locator('[data-testid="dashboard-not-staff"]').waitFor({ state: 'visible' });
      await expect(page.locator('[data-testid="dashboard-staff"]').count()).resolves.toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'lists users for the platform owner',
    async () => {
      const page = await pageSignedInAs('owner@demo.samverka.se');
      await openList(page, 'users');
      const emails = await listedEmails(page);
      expect(emails).toEqual(
        expect.arrayContaining(['owner@demo.samverka.se', 'citizen@demo.samverka.se', 'resident.strangnas@demo.samverka.se']),
      );
      await saveScreenshot(page, 'platform-owner-users');
    },
    TIMEOUT_MS,
  );

  it(
    "keeps Strängnäs residents out of the Sigtuna coordinator's user list",
    async () => {
      const page = await pageSignedInAs('coordinator.sigtuna@demo.samverka.se');
      await openList(page, 'users');
      const emails = await listedEmails(page);
      expect(emails).toContain('citizen@demo.samverka.se');
      expect(emails).not.toContain('resident.strangnas@demo.samverka.se');
      await saveScreenshot(page, 'coordinator-sigtuna-users');
    },
    TIMEOUT_MS,
  );

  it(
    'switches the menu labels from Swedish to English',
    async () => {
      const page = await pageSignedInAs('owner@demo.samverka.se');
      expect(await menuLabel(page, 'users')).toBe('Användare');
      expect(await menuLabel(page, 'municipalities')).toBe('Kommuner');
      expect(await menuLabel(page, 'audit-events')).toBe('Granskningslogg');

      await switchLanguage(page, 'English');
      await page.locator('a[href="#/municipalities"]', { hasText: 'Municipalities' }).waitFor({ state: 'visible' });
      expect(await menuLabel(page, 'users')).toBe('Users');
      expect(await menuLabel(page, 'municipalities')).toBe('Municipalities');
      expect(await menuLabel(page, 'audit-events')).toBe('Audit log');
      await saveScreenshot(page, 'platform-owner-english');
    },
    TIMEOUT_MS,
  );
});
