import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiSignIn, behindTheTriggers, e2eEnv, freshPage, launchChromium, menuEntries, saveScreenshot, signIn } from './console-helpers.js';

const TIMEOUT_MS = 60_000;
const OWNER = 'owner@demo.samverka.se';
const COORDINATOR = 'coordinator.sigtuna@demo.samverka.se';
const CHAIN_MENU_LINK = 'a[href="#/audit-chain"]';
const FORGED_REASON = 'e2e: edited behind the triggers';

describe('the audit chain page', () => {
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

  async function pageSignedInAs(email: string): Promise<Page> {
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    await signIn(fresh.page, email, demoPassword);
    return fresh.page;
  }

  /** Clicks the button and waits for the answer the page must show (intact or not). */
  async function verify(page: Page, intact: boolean): Promise<Locator> {
    const answered = page.waitForResponse((response) => response.url().includes('/api/audit-chain/verification'));
    await page.locator('[data-testid="audit-chain-run"]').click();
    expect((await answered).status()).toBe(200);
    const result = page.locator(`[data-testid="audit-chain-result"][data-intact="${intact}"]`);
    await result.waitFor({ state: 'visible' });
    return result;
  }

  it(
    'lets the platform owner verify the chain from the menu, and names a row edited in SQL with a link to it',
    async () => {
      const page = await pageSignedInAs(OWNER);
      // Two more sign-ins: the row edited below then has intact rows before it, even on a fresh database.
      for (let n = 0; n < 2; n++) await apiSignIn(OWNER);
      await page.locator(CHAIN_MENU_LINK).click();
      expect(await page.locator(CHAIN_MENU_LINK).innerText()).toContain('Granskningskedja');
      const intact = await verify(page, true);
      expect(await intact.innerText()).toMatch(/Kedjan är intakt: ([3-9]|[1-9]\d+) händelser kontrollerade\./);
      await saveScreenshot(page, 'audit-chain-intact');

      // The owner's own latest sign-in: no other console test erases or rewrites the owner's rows.
      const target = await behindTheTriggers(async (client) => {
        const { rows } = await client.query<{ id: string; chain_seq: string; reason: string | null }>(
          `SELECT e.id::text, e.chain_seq::text, e.reason FROM audit_events e WHERE e.actor_id = (SELECT id FROM users WHERE email = $1) ORDER BY e.chain_seq DESC LIMIT 1`,
          [OWNER],
        );
        if (!rows[0]) throw new Error(`no audit event by ${OWNER}`);
        await client.query(`UPDATE audit_events SET reason = $2 WHERE id = $1`, [rows[0].id, FORGED_REASON]);
        return rows[0];
      });
      try {
        const broken = await verify(page, false);
        expect(await broken.innerText()).toContain(`Kedjan är bruten vid position ${target.chain_seq}. De ${Number(target.chain_seq) - 1} händelserna före den är intakta.`);
        const problem = broken.locator('[data-testid="audit-chain-problem"]');
        expect(await problem.getAttribute('data-problem')).toBe('content_changed');
        expect(await problem.innerText()).toBe('Händelsens innehåll har ändrats efter att den skrevs.');
        const link = broken.locator('[data-testid="audit-chain-event-link"]');
        expect(await link.getAttribute('href')).toBe(`#/audit-events/${target.id}/show`);
        await saveScreenshot(page, 'audit-chain-broken');
        // The link opens the edited event itself: its show page carries the forged reason.
        await link.click();
        await page.getByText(FORGED_REASON).waitFor({ state: 'visible' });
        expect(page.url()).toBe(`${baseUrl}/#/audit-events/${target.id}/show`);
      } finally {
        // The same content gives the same hash again: the chain is whole for the other tests.
        await behindTheTriggers((client) => client.query(`UPDATE audit_events SET reason = $2 WHERE id = $1`, [target.id, target.reason]));
      }
      await page.locator(CHAIN_MENU_LINK).click();
      await verify(page, true);
    },
    TIMEOUT_MS,
  );

  it(
    'offers the check to nobody else: a coordinator who reads the audit log gets no menu entry and no button',
    async () => {
      const page = await pageSignedInAs(COORDINATOR);
      // Once the menu has settled, with the audit log in it, the chain entry is still absent.
      expect(await menuEntries(page)).toContain('audit-events');
      expect(await page.locator(CHAIN_MENU_LINK).count()).toBe(0);
      await page.goto(`${baseUrl}/#/audit-chain`);
      await page.locator('[data-testid="audit-chain-not-allowed"]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="audit-chain-run"]').count()).toBe(0);
    },
    TIMEOUT_MS,
  );
});
