import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { e2eEnv, eventually, freshPage, launchChromium, registerCitizen, saveScreenshot, signIn } from './console-helpers.js';
import { api, drawerCaseId, MARSTA, reportedCommercialPost, tokenFor } from './moderation-helpers.js';

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

  /** A new citizen who reads Samverka in English. */
  const englishCitizen = async (): Promise<string> => {
    const token = await tokenFor(await registerCitizen(e2eEnv().demoPassword), e2eEnv().demoPassword);
    await api('me', token, { method: 'PATCH', body: { language: 'en' } });
    return token;
  };

  /** An English-speaking author's advert on the map, reported by an English-speaking reporter: the case opened in a Swedish console's drawer. */
  const englishCase = async () => {
    const author = await englishCitizen();
    const reporter = await englishCitizen();
    const { json: post } = await api<{ id: string }>('posts', author, { method: 'POST', body: { text: `Selling cheap bikes, call me! (${Date.now()})`, priority: 'green', ...MARSTA } });
    const { json: notice } = await api<{ caseId: string }>('notices', reporter, {
      method: 'POST',
      body: { itemType: 'post', itemId: post.id, rule: 'commercial', explanation: 'This is an advert for bikes' },
    });
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    await signIn(fresh.page, 'moderator@demo.samverka.se', e2eEnv().demoPassword);
    await fresh.page.goto(`${e2eEnv().baseUrl}/#/moderation-cases/${notice.caseId}`);
    const drawer = fresh.page.locator(`[data-testid="case-drawer"][data-case-id="${notice.caseId}"]`);
    await drawer.waitFor();
    return { page: fresh.page, drawer, author, reporter, caseId: notice.caseId, postId: post.id };
  };

  it(
    'fills the statement of reasons in the author’s language, not the moderator’s: an English-speaking author reads it in English',
    async () => {
      const { page, drawer, author, postId } = await englishCase();
      await drawer.locator('[data-testid="case-drawer-heading"]').focus();
      await page.keyboard.press('a');
      const dialog = page.locator('[data-testid="decide-case"]');
      await dialog.locator('[data-testid="action-type-0"] [role="combobox"]').click();
      await page.locator('[role="listbox"] [role="option"]', { hasText: 'Ta bort' }).click();
      expect(await dialog.locator('[data-testid="action-rule-0"] [role="combobox"]').innerText()).toBe('Kommersiellt budskap');
      const statement = dialog.locator('textarea[name="statement"]');
      expect(await statement.inputValue()).toContain('The post has been removed from Samverka.');
      expect(await statement.inputValue()).not.toContain('Inlägget');
      expect(await dialog.locator('[data-testid="decide-recipient-language"]').innerText()).toContain('engelska');
      await saveScreenshot(page, 'moderation-decide-english-author');
      await dialog.locator('[data-testid="decide-case-confirm"]').click();
      await dialog.waitFor({ state: 'detached' });

      type Told = { kind: string; payload: { itemId?: string; actions?: { statement: string }[] } };
      const told = await eventually(
        async () => (await api<Told[]>('me/notifications', author)).json.find((notification) => notification.kind === 'moderation.statement' && notification.payload.itemId === postId),
        (notification) => notification !== undefined,
        'the statement of reasons to reach the author after the undo delay',
      );
      expect(told!.payload.actions![0].statement).toContain('The post has been removed from Samverka.');
    },
    TIMEOUT_MS,
  );

  it(
    'fills a dismissal’s statement in the reporters’ language: an English-speaking reporter reads the whole outcome in English',
    async () => {
      const { page, drawer, reporter } = await englishCase();
      await drawer.locator('[data-testid="case-drawer-heading"]').focus();
      await page.keyboard.press('d');
      const dialog = page.locator('[data-testid="dismiss-case"]');
      const statement = dialog.locator('textarea[name="statement"]');
      await statement.waitFor();
      expect(await statement.inputValue()).toContain('We have reviewed the report and found that the post does not break Samverka’s code of conduct.');
      await dialog.locator('[data-testid="dismiss-case-confirm"]').click();
      await dialog.waitFor({ state: 'detached' });

      const outcome = await eventually(
        async () => (await api<{ outcome: string; outcomeStatement: string | null }[]>('my-notices', reporter)).json[0],
        (notice) => notice?.outcome === 'dismissed',
        'the dismissal to reach the reporter after the undo delay',
      );
      expect(outcome.outcomeStatement).toBe(
        'We reviewed your report and found no rule broken: We have reviewed the report and found that the post does not break Samverka’s code of conduct. It stays as it is.',
      );
    },
    TIMEOUT_MS,
  );
});
