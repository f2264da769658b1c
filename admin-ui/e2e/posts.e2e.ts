import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { PNG } from '../../backend/test/support/tiny-png.js';
import { e2eEnv, eventually, registerCitizen, saveScreenshot, signIn } from './console-helpers.js';
import { api, MARSTA, tokenFor } from './moderation-helpers.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 180_000;
const MODERATOR = 'moderator@demo.samverka.se';

/** A resident's post on the public map with a picture, reported once as an advert: its id, text, case and author's token. */
async function reportedPostWithImage(): Promise<{ postId: string; text: string; caseId: string; author: string }> {
  const { baseUrl, demoPassword } = e2eEnv();
  const author = await tokenFor(await registerCitizen(demoPassword), demoPassword);
  const form = new FormData();
  form.append('file', new Blob([PNG], { type: 'image/png' }), 'cykel.png');
  const upload = await fetch(`${baseUrl}/api/uploads/images`, { method: 'POST', headers: { Authorization: `Bearer ${author}` }, body: form });
  expect(upload.status).toBe(201);
  const imageFileId = ((await upload.json()) as { id: string }).id;
  const text = `Cykel till salu vid Märsta station, bara 500 kr (${Date.now()})`;
  const { json: post } = await api<{ id: string }>('posts', author, { method: 'POST', body: { text, priority: 'green', ...MARSTA, imageFileId } });
  const reporter = await tokenFor(await registerCitizen(demoPassword), demoPassword);
  const { json: notice } = await api<{ caseId: string }>('notices', reporter, {
    method: 'POST',
    body: { itemType: 'post', itemId: post.id, rule: 'commercial', explanation: 'En annons, inget om tryggheten.' },
  });
  return { postId: post.id, text, caseId: notice.caseId, author };
}

/** Opens the posts list (newest first, one large page) and answers the row of the post with `text`. */
async function postRow(page: Page, text: string) {
  await page.goto(`${e2eEnv().baseUrl}/#/posts?page=1&perPage=100`);
  const row = page.locator('table tbody tr', { hasText: text });
  await row.waitFor();
  return row;
}

/** The post page shows everything about the post: text, image, place, author, its report and its history. */
async function expectPostPage(page: Page, postId: string, text: string): Promise<void> {
  await page.waitForURL(new RegExp(`#/posts/${postId}/show$`));
  const detail = page.locator('[data-testid="post-detail"]');
  await detail.waitFor();
  expect(await detail.locator('[data-testid="post-text"]').innerText()).toBe(text);
  const image = detail.locator('[data-testid="post-image"] img, img[data-testid="post-image"]').first();
  await image.waitFor();
  await eventually(
    () => image.evaluate((element) => (element as HTMLImageElement).naturalWidth),
    (width) => width > 0,
    'the post image to load',
  );
  expect(await detail.innerText()).toContain('Ny Invånare');
  expect(await detail.innerText()).toMatch(/Plats\s+Sigtuna · 59\.61790, 17\.85360/);
  const report = detail.locator('[data-testid="post-report"]');
  await report.waitFor();
  expect(await report.innerText()).toContain('Kommersiellt budskap');
  expect(await report.innerText()).toContain('Öppet');
  // What a moderator did before, with who and why: the audit trail of this post only.
  const history = detail.locator('[data-testid="post-history"] tbody tr');
  await history.first().waitFor();
  expect(await history.count()).toBe(1);
  expect(await history.first().innerText()).toMatch(/Innehåll dolt\s+Malte Moderator\s+Granskas: ser ut som en annons/);
}

describe('a post’s page and its removal in the console', () => {
  const browser = suiteBrowser();

  it(
    'opens a post’s page, with its text, image, place, author, reports and history, from the posts list and from its case',
    async () => {
      const { postId, text, caseId } = await reportedPostWithImage();
      await api(`posts/${postId}/hide`, await tokenFor(MODERATOR, e2eEnv().demoPassword), { method: 'POST', body: { reason: 'Granskas: ser ut som en annons' } });
      const page = await browser.page();
      await signIn(page, MODERATOR, e2eEnv().demoPassword);
      // The page asks only for what a moderator may read.
      const refused: string[] = [];
      page.on('response', (response) => {
        if (response.url().includes('/api/') && response.status() >= 400) refused.push(`${response.status()} ${response.url()}`);
      });

      const row = await postRow(page, text);
      await row.locator('td', { hasText: text }).click();
      await expectPostPage(page, postId, text);
      await saveScreenshot(page, 'post-show');

      await page.goto(`${e2eEnv().baseUrl}/#/moderation-cases/${caseId}`);
      const drawer = page.locator(`[data-testid="case-drawer"][data-case-id="${caseId}"]`);
      await drawer.waitFor();
      await drawer.locator('[data-testid="case-open-post"]').click();
      await expectPostPage(page, postId, text);
      // The report links back to the case in the queue.
      await page.locator('[data-testid="post-report"] a').click();
      await page.locator(`[data-testid="case-drawer"][data-case-id="${caseId}"]`).waitFor();
      expect(refused).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'asks for the rule when a post is removed from the posts list, sends nothing without one, and removes the post for the rule chosen',
    async () => {
      const { postId, text, caseId, author } = await reportedPostWithImage();
      const page = await browser.page();
      await signIn(page, MODERATOR, e2eEnv().demoPassword);
      const removals: string[] = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith(`/api/posts/${postId}/remove`)) removals.push(request.postData() ?? '');
      });

      const row = await postRow(page, text);
      await row.locator('[data-testid="remove-post-button"]').click();
      const dialog = page.locator('[data-testid="remove-post"]');
      await dialog.waitFor();
      // The dialog stays over the list: the row's click does not open the post.
      expect(page.url()).toMatch(/#\/posts(\?|$)/);
      await dialog.locator('textarea[name="reason"]').fill('Annonser hör inte hemma på kartan.');
      const confirm = dialog.locator('[data-testid="remove-post-confirm"]');
      expect(await confirm.isDisabled()).toBe(true);
      // Submitting the form another way does not send it either.
      await dialog.locator('form').evaluate((form) => (form as HTMLFormElement).requestSubmit());
      await page.waitForTimeout(500);
      expect(removals).toEqual([]);
      await saveScreenshot(page, 'post-remove-needs-rule');

      await dialog.locator('[data-testid="remove-post-rule"] [role="combobox"]').click();
      await page.locator('[role="listbox"] [role="option"]', { hasText: 'Kommersiellt budskap' }).click();
      expect(await confirm.isDisabled()).toBe(false);
      await confirm.click();
      await dialog.waitFor({ state: 'detached' });
      expect(removals).toHaveLength(1);
      expect(JSON.parse(removals[0])).toEqual({ rule: 'commercial', reason: 'Annonser hör inte hemma på kartan.' });

      const moderator = await tokenFor(MODERATOR, e2eEnv().demoPassword);
      expect((await api<{ status: string }>(`posts/${postId}`, moderator)).json.status).toBe('removed');
      // The reported post's open case is decided by the removal.
      expect((await api<{ status: string }>(`moderation-cases/${caseId}`, moderator)).json.status).toBe('actioned');
      // The removal is a decision on the post's case: the author gets the statement of reasons, with the rule, to appeal from.
      const { json: notifications } = await api<{ kind: string; payload: { itemId?: string; actions?: { type: string; rule: string; statement: string }[] } }[]>('me/notifications', author);
      expect(notifications.find((notification) => notification.kind === 'moderation.statement' && notification.payload.itemId === postId)?.payload.actions).toEqual([
        expect.objectContaining({ type: 'remove', rule: 'commercial', statement: 'Annonser hör inte hemma på kartan.' }),
      ]);
    },
    TIMEOUT_MS,
  );
});
