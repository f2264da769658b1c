import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { e2eEnv, eventually, freshPage, launchChromium, signIn } from './console-helpers.js';
import { drawerCaseId, reportedCommercialPost } from './moderation-helpers.js';

const TIMEOUT_MS = 120_000;

/** What has the focus: the case link it sits on, whether it is inside the drawer, and whether it can be seen. */
async function focused(page: Page): Promise<{ caseLink: string | null; inDrawer: boolean; visible: boolean; tag: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const box = element?.getBoundingClientRect();
    return {
      caseLink: element?.getAttribute('data-case-link') ?? null,
      inDrawer: Boolean(element?.closest('[data-testid="case-drawer"]')),
      visible: Boolean(box && box.width > 0 && box.height > 0 && getComputedStyle(element as Element).visibility !== 'hidden'),
      tag: element?.tagName ?? '',
    };
  });
}

/** Tabs from the top of the page until the focus is on the case's link in the queue; every stop on the way must be visible. */
async function tabToCase(page: Page, caseId: string): Promise<void> {
  for (let stop = 0; stop < 120; stop++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect({ stop, ...now, visible: now.visible || now.tag === 'BODY' }).toEqual(expect.objectContaining({ visible: true }));
    if (now.caseLink === caseId) return;
  }
  throw new Error(`the case ${caseId} was not reached with Tab`);
}

describe('the moderation queue by keyboard alone', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function moderatorOnQueue(): Promise<Page> {
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    await signIn(fresh.page, 'moderator@demo.samverka.se', e2eEnv().demoPassword);
    await fresh.page.goto(`${e2eEnv().baseUrl}/#/moderation-cases`);
    await fresh.page.locator('a[data-case-link]').first().waitFor();
    return fresh.page;
  }

  it(
    'opens a case with Enter, moves the focus into the drawer and back to the row on Escape, and decides it',
    async () => {
      const { caseId } = await reportedCommercialPost();
      const page = await moderatorOnQueue();
      await page.locator(`a[data-case-link="${caseId}"]`).waitFor();

      // No invisible stops (the collapsed bulk toolbar's buttons) on the way to the row.
      await tabToCase(page, caseId);
      await page.keyboard.press('Enter');
      await eventually(
        () => drawerCaseId(page),
        (id) => id === caseId,
        'the drawer to show the case',
      );
      await eventually(
        () => focused(page),
        (now) => now.inDrawer,
        'the focus to move into the drawer',
      );

      await page.keyboard.press('Escape');
      await page.locator('[data-testid="case-drawer"]').waitFor({ state: 'detached' });
      expect((await focused(page)).caseLink).toBe(caseId);

      await page.keyboard.press('Enter');
      await eventually(
        () => focused(page),
        (now) => now.inDrawer,
        'the focus to move into the drawer again',
      );
      await page.keyboard.press('d');
      const dialog = page.locator('[data-testid="dismiss-case"]');
      await dialog.waitFor();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      // The drawer moves on to the next open case (the focus with it), or closes and the focus returns to the queue.
      const after = await eventually(
        async () => ({ drawer: await drawerCaseId(page), focus: await focused(page) }),
        ({ drawer, focus }) => drawer !== caseId && (drawer ? focus.inDrawer : focus.caseLink !== null),
        'the focus to follow the drawer after the decision',
      );
      expect(after.drawer).not.toBe(caseId);
    },
    TIMEOUT_MS,
  );

  it(
    'lets the single-key shortcuts be turned off in this browser, and never fires them while typing',
    async () => {
      await reportedCommercialPost();
      const page = await moderatorOnQueue();
      await page.keyboard.press('j');
      const first = await eventually(
        () => drawerCaseId(page),
        (id) => id !== null,
        'j to open the first case',
      );

      // Typing a j in the note field types it; the drawer stays on its case.
      const note = page.locator(`[data-testid="case-drawer"] [name="note"]`);
      await note.focus();
      await page.keyboard.type('jj');
      await page.waitForTimeout(300);
      expect(await drawerCaseId(page)).toBe(first);
      expect(await note.inputValue()).toBe('jj');
      await note.fill('');

      // Out of the field (Escape there belongs to the field), then Escape closes the case.
      await page.locator('[data-testid="case-drawer-heading"]').focus();
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="case-drawer"]').waitFor({ state: 'detached' });
      await page.locator('[data-testid="shortcuts-help-button"]').click();
      const toggle = page.locator('[data-testid="shortcuts-enabled"] input');
      expect(await toggle.isChecked()).toBe(true);
      await toggle.press('Space');
      expect(await toggle.isChecked()).toBe(false);
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="shortcuts-help"]').waitFor({ state: 'detached' });

      // Off, and still off after a reload: kept in this browser.
      await page.reload();
      await page.locator('a[data-case-link]').first().waitFor();
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('j');
      await page.waitForTimeout(600);
      expect(await drawerCaseId(page)).toBeNull();
      expect(await page.evaluate(() => localStorage.getItem('samverka.shortcuts'))).toBe('off');

      await page.locator('[data-testid="shortcuts-help-button"]').click();
      await page.locator('[data-testid="shortcuts-enabled"] input').check();
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="shortcuts-help"]').waitFor({ state: 'detached' });
      await page.keyboard.press('j');
      await eventually(
        () => drawerCaseId(page),
        (id) => id !== null,
        'j to open a case once the shortcuts are on again',
      );
    },
    TIMEOUT_MS,
  );
});
