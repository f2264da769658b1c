import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { e2eEnv, eventually, freshPage, launchChromium, saveScreenshot, signIn } from './console-helpers.js';
import { api, drawerCaseId, reportedCommercialPost, tokenFor } from './moderation-helpers.js';

const TIMEOUT_MS = 120_000;

describe('the moderation queue in the console', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it(
    'lets a moderator open, claim and remove a reported post with the keyboard alone, after which the case leaves the open queue',
    async () => {
      const { demoPassword } = e2eEnv();
      const { postId, caseId, text } = await reportedCommercialPost();
      const fresh = await freshPage(browser);
      context = fresh.context;
      const page = fresh.page;
      await signIn(page, 'moderator@demo.samverka.se', demoPassword);

      const menuEntry = page.locator('a[href="#/moderation-cases"]');
      expect((await menuEntry.innerText()).trim()).toMatch(/Ärenden$/);
      // The badge counts the open cases waiting, ours among them.
      const badge = await eventually(
        () => page.locator('[data-testid="open-cases-badge"]').getAttribute('data-count'),
        (count) => Number(count) >= 1,
        'the open-cases badge',
      );
      expect(Number(badge)).toBeGreaterThanOrEqual(1);
      await menuEntry.click();
      await page.locator('table tbody tr').first().waitFor({ state: 'visible' });
      // The row shows what was reported: its first lines, author and municipality.
      const row = page.locator('table tbody tr', { has: page.locator('[data-testid="case-preview-text"]', { hasText: text }) });
      await row.waitFor();
      expect(await row.locator('[data-testid="case-preview-where"]').innerText()).toContain('Sigtuna');

      // j walks the queue from the top, opening each case, until it reaches ours.
      for (let step = 0; step < 25 && (await drawerCaseId(page)) !== caseId; step++) {
        const before = await drawerCaseId(page);
        await page.keyboard.press('j');
        await eventually(
          () => drawerCaseId(page),
          (id) => id !== null && id !== before,
          'the drawer to show the next case',
        );
      }
      expect(await drawerCaseId(page)).toBe(caseId);
      const drawer = page.locator('[data-testid="case-drawer"]');
      await drawer.locator('[data-testid="case-item"]', { hasText: text }).waitFor();
      expect(await drawer.locator('[data-testid="case-notice"]').count()).toBe(2);
      await saveScreenshot(page, 'moderation-queue-drawer');

      await page.keyboard.press('c');
      await drawer.locator('[data-testid="release-case-button"]').waitFor();

      await page.keyboard.press('a');
      const dialog = page.locator('[data-testid="decide-case"]');
      await dialog.locator('[data-testid="action-type-0"] [role="combobox"]').waitFor();
      // The action type has the focus: open it, type the start of "Ta bort", take it.
      await page.keyboard.press('Enter');
      await page.locator('[role="listbox"]').waitFor();
      await page.keyboard.type('ta');
      await page.keyboard.press('Enter');
      await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.locator('[role="listbox"]').waitFor();
      await page.keyboard.type('kom');
      await page.keyboard.press('Enter');
      await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
      expect(await dialog.locator('[data-testid="action-type-0"] [role="combobox"]').innerText()).toBe('Ta bort');
      expect(await dialog.locator('[data-testid="action-rule-0"] [role="combobox"]').innerText()).toBe('Kommersiellt budskap');
      // The statement of reasons is the template for the rule; Enter sends it as it stands.
      await page.keyboard.press('Tab');
      const statement = dialog.locator('textarea[name="statement"]');
      expect(await statement.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await statement.inputValue()).toContain('Inlägget har tagits bort från Samverka.');
      await saveScreenshot(page, 'moderation-decide-dialog');
      await page.keyboard.press('Enter');

      await dialog.waitFor({ state: 'detached' });
      // The drawer moves on to the next open case (or closes); the decision waits for its undo.
      await eventually(
        () => drawerCaseId(page),
        (id) => id !== caseId,
        'the drawer to leave the decided case',
      );
      await page.locator('.MuiSnackbar-root', { hasText: 'ångra' }).waitFor();
      await saveScreenshot(page, 'moderation-queue-after');

      const moderator = await tokenFor('moderator@demo.samverka.se', demoPassword);
      const openFilter = encodeURIComponent(JSON.stringify({ status: 'open', id: [caseId] }));
      const stillOpen = async () => (await api<unknown[]>(`moderation-cases?filter=${openFilter}&range=[0,0]`, moderator)).json.length;
      await eventually(stillOpen, (count) => count === 0, 'the decision to be sent after the undo delay');
      const { json: open, headers } = await api<unknown[]>(`moderation-cases?filter=${openFilter}&range=[0,0]`, moderator);
      expect(open).toEqual([]);
      expect(headers.get('Content-Range')).toMatch(/\/0$/);
      const { json: decided } = await api<{ status: string; actions: { type: string; rule: string; statement: string }[] }>(`moderation-cases/${caseId}`, moderator);
      expect(decided.status).toBe('actioned');
      expect(decided.actions).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'remove', rule: 'commercial', statement: expect.stringContaining('kommersiella budskap') })]));
      const { json: post } = await api<{ status: string }>(`posts/${postId}`, moderator);
      expect(post.status).toBe('removed');
    },
    TIMEOUT_MS,
  );
});
