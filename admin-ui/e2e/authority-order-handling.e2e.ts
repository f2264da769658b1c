import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { api, decide, fileAsOfficer, MODERATOR, OFFICER, OWNER, stateOnPage } from './authority-orders-helpers.js';
import { type Finding, scan, summary } from './axe-scan.js';
import { e2eEnv, eventually, queryDatabase, signIn, switchLanguage } from './console-helpers.js';
import { suiteBrowser } from './suite-browser.js';
import { suiteDemoBackend } from './suite-demo-backend.js';

const TIMEOUT_MS = 300_000;
const CATEGORIES_SV: Record<string, string> = { posts: 'Inlägg', group_messages: 'Gruppmeddelanden', account_data: 'Kontouppgifter' };
const CATEGORIES_EN: Record<string, string> = { posts: 'Posts', group_messages: 'Group messages', account_data: 'Account data' };
const PDF = Buffer.from('%PDF-1.4\n% Föreläggande om bevarande\n%%EOF\n');

const open = (page: Page, hash: string) => page.goto(`${e2eEnv().baseUrl}/${hash}`);
const notice = (page: Page, text: string) => page.locator('.MuiSnackbar-root', { hasText: text }).waitFor();
const fourEyes = (page: Page) => page.locator('[data-testid="order-four-eyes"]');

/** Presses Tab until the button `testId` has the focus, then Enter: the button is reachable by keyboard. */
async function pressByKeyboard(page: Page, testId: string): Promise<void> {
  for (let stop = 0; stop < 60; stop++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId)) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`${testId} was not reached with Tab`);
}

/** Switches the language from the app bar, which hides while the page is scrolled down. */
async function switchLanguageAtTop(page: Page, languageName: 'English' | 'Svenska'): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await switchLanguage(page, languageName);
}

/** Confirms the open dialog `testId` by its confirm button, and waits for it to close. */
async function confirmDialog(page: Page, testId: string): Promise<void> {
  await page.locator(`[data-testid="${testId}"]`).waitFor();
  await page.locator(`[data-testid="${testId}-confirm"]`).click();
  await page.locator(`[data-testid="${testId}"]`).waitFor({ state: 'detached' });
}

describe('handling an information order in the console: four eyes, disclosure, the one download', () => {
  // The browser first: its afterAll closes it before the backend stops (open pages keep connections to it).
  const browser = suiteBrowser();
  suiteDemoBackend();

  it(
    'lets the owner review, refuses her own confirmation in words, lets a moderator confirm by keyboard, the owner disclose, and the officer download the ZIP once (Swedish and English, axe clean)',
    async () => {
      const orderId = await fileAsOfficer('Polisen 5000-K888001-26', 'provide_information', 100);
      const hash = `#/authority-orders/${orderId}/show`;

      // The owner acknowledges and reviews: the order waits for a second pair of eyes.
      const owner = await browser.page();
      await signIn(owner, OWNER, e2eEnv().demoPassword);
      await open(owner, hash);
      await owner.locator('[data-testid="order-acknowledge-button"]').waitFor();
      await decide(owner, 'acknowledge');
      await eventually(
        () => stateOnPage(owner),
        (state) => state.value === 'acknowledged',
        'acknowledged',
      );
      await decide(owner, 'review');
      await eventually(
        () => stateOnPage(owner),
        (state) => state.value === 'in_review',
        'in review',
      );
      await fourEyes(owner).and(owner.locator('[data-confirmed="false"]')).waitFor();
      expect((await owner.locator('[data-testid="order-confirmation"]').innerText()).trim()).toMatch(/^Inte bekräftat ännu/);
      // Nothing can be disclosed before the confirmation.
      expect(await owner.locator('[data-testid="order-disclose-button"]').count()).toBe(0);

      // Her own confirmation is refused in words, and nothing changes.
      await owner.locator('[data-testid="order-confirm-button"]').click();
      await owner.locator('[data-testid="order-confirm"]').waitFor();
      await owner.locator('[data-testid="order-confirm-confirm"]').click();
      await notice(owner, 'Fyra ögon: du har granskat eller registrerat beslutet');
      await owner.keyboard.press('Escape');
      await owner.locator('[data-testid="order-confirm"]').waitFor({ state: 'detached' });
      expect(await fourEyes(owner).getAttribute('data-confirmed')).toBe('false');
      expect(await queryDatabase(`SELECT 1 FROM authority_order_confirmations WHERE order_id = $1`, [orderId])).toEqual([]);

      // A moderator confirms, with the keyboard alone.
      const moderator = await browser.page();
      await signIn(moderator, MODERATOR, e2eEnv().demoPassword);
      await open(moderator, hash);
      await moderator.locator('[data-testid="order-confirm-button"]').waitFor();
      await pressByKeyboard(moderator, 'order-confirm-button');
      await moderator.locator('[data-testid="order-confirm"]').waitFor();
      await pressByKeyboard(moderator, 'order-confirm-confirm');
      await notice(moderator, 'Beslutet är bekräftat');
      await fourEyes(moderator).and(moderator.locator('[data-confirmed="true"]')).waitFor();
      const confirmation = (await moderator.locator('[data-testid="order-confirmation"]').innerText()).trim();
      expect(confirmation).toMatch(/^Granskat av .+ · bekräftat av dig /);
      // A moderator confirms but does not disclose.
      expect(await moderator.locator('[data-testid="order-disclose-button"]').count()).toBe(0);

      // The owner discloses: the page shows the record, and she has nothing to download.
      // The owner's page catches up when she reloads it.
      await owner.reload();
      await owner.locator('[data-testid="order-disclose-button"]').waitFor();
      await pressByKeyboard(owner, 'order-disclose-button');
      await confirmDialog(owner, 'order-disclose');
      await notice(owner, 'Uppgifterna är utlämnade');
      await owner.locator('[data-testid="order-disclosure"][data-downloaded="false"]').waitFor();
      const [made] = await queryDatabase<{ categories: string[] }>(`SELECT categories FROM authority_order_disclosures WHERE order_id = $1`, [orderId]);
      const categoriesSv = made.categories.map((category) => CATEGORIES_SV[category]).join(', ') || '—';
      expect((await owner.locator('[data-testid="order-disclosure-categories"]').innerText()).trim()).toBe(`Slags uppgifter: ${categoriesSv}`);
      expect((await owner.locator('[data-testid="order-disclosure-given"]').innerText()).trim()).toMatch(/^Utlämnat: Grupp [0-9a-f]{8}$/);
      expect((await owner.locator('[data-testid="order-disclosure-downloaded_at"]').innerText()).trim()).toBe('Nedladdat: inte ännu');
      expect(await owner.locator('[data-testid="order-download-button"]').count()).toBe(0);
      const findings: Finding[] = [...(await scan(owner, 'an information order, disclosed'))];

      // The officer downloads the ZIP once; a second page opened before says the download is used.
      const officer = await browser.page();
      await signIn(officer, OFFICER, e2eEnv().demoPassword);
      await open(officer, hash);
      await officer.locator('[data-testid="order-download-button"]').waitFor();
      const stale = await officer.context().newPage();
      await open(stale, hash);
      await stale.locator('[data-testid="order-download-button"]').waitFor();
      expect((await officer.locator('[data-testid="order-download-button"]').innerText()).trim()).toBe('LADDA NER (EN GÅNG)');
      await officer.locator('[data-testid="order-download-button"]').click();
      await officer.locator('[data-testid="order-download"]').waitFor();
      findings.push(...(await scan(officer, 'the download dialog')));
      const [download] = await Promise.all([officer.waitForEvent('download'), officer.locator('[data-testid="order-download-confirm"]').click()]);
      expect(download.suggestedFilename()).toBe('Polisen-5000-K888001-26.zip');
      const zip = await readFile(await download.path());
      expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
      await notice(officer, 'Uppgifterna är nedladdade');
      await officer.locator('[data-testid="order-disclosure"][data-downloaded="true"]').waitFor();
      expect((await officer.locator('[data-testid="order-download-used"]').innerText()).trim()).toBe('Uppgifterna har laddats ner; de kan inte laddas ner igen.');
      expect(await officer.locator('[data-testid="order-download-button"]').count()).toBe(0);

      await stale.bringToFront();
      await stale.locator('[data-testid="order-download-button"]').click();
      await confirmDialog(stale, 'order-download');
      await stale.bringToFront();
      await stale.locator('.MuiSnackbar-root').first().waitFor();
      expect((await stale.locator('.MuiSnackbar-root').first().innerText()).trim()).toBe('De utlämnade uppgifterna har redan laddats ner en gång och kan inte laddas ner igen.');
      await stale.locator('[data-testid="order-download-used"]').waitFor();

      // In English.
      await switchLanguageAtTop(officer, 'English');
      await officer.locator('[data-testid="order-download-used"]', { hasText: 'The data has been downloaded; it cannot be downloaded again.' }).waitFor();
      const categoriesEn = made.categories.map((category) => CATEGORIES_EN[category]).join(', ') || '—';
      expect((await officer.locator('[data-testid="order-disclosure-categories"]').innerText()).trim()).toBe(`Kinds of data: ${categoriesEn}`);
      await switchLanguageAtTop(moderator, 'English');
      await fourEyes(moderator).locator('h2', { hasText: 'Four eyes' }).waitFor();
      expect((await moderator.locator('[data-testid="order-confirmation"]').innerText()).trim()).toMatch(/^Reviewed by .+ · confirmed by you /);

      console.log(`order handling: 2 views scanned, ${findings.length} violations\n${summary(findings)}`);
      expect(findings).toEqual([]);
    },
    TIMEOUT_MS,
  );

  it(
    'lets the owner attach a PDF to an order and download it, and says in words that another kind of file is refused (Swedish and English)',
    async () => {
      const orderId = await fileAsOfficer('Polisen 5000-K888002-26', 'preserve', 100);
      const page = await browser.page();
      await signIn(page, OWNER, e2eEnv().demoPassword);
      await open(page, `#/authority-orders/${orderId}/show`);
      await page.locator('[data-testid="order-document-attach"]').waitFor();
      expect((await page.locator('[data-testid="order-documents"]').innerText()).includes('Inga dokument är bifogade')).toBe(true);

      // A text file dressed as a PDF is refused by its content, in words, and nothing is attached.
      await page.locator('[data-testid="order-document-input"]').setInputFiles({ name: 'inte-en-pdf.pdf', mimeType: 'application/pdf', buffer: Buffer.from('bara text') });
      await notice(page, 'Fil: bara PDF-dokument kan bifogas.');
      expect(await page.locator('[data-testid="order-document"]').count()).toBe(0);

      await page.locator('[data-testid="order-document-input"]').setInputFiles({ name: 'föreläggande.pdf', mimeType: 'application/pdf', buffer: PDF });
      await notice(page, 'Dokumentet är bifogat');
      await page.locator('[data-testid="order-document"]').waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="order-document-download"]').click()]);
      expect(download.suggestedFilename()).toBe('föreläggande.pdf');
      expect(await readFile(await download.path())).toEqual(PDF);
      const audited = await queryDatabase<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE subject_id = $1 AND action = 'authority_order.document_added'`, [orderId]);
      expect(audited[0].n).toBe('1');

      await switchLanguageAtTop(page, 'English');
      await page.locator('[data-testid="order-document-attach"]', { hasText: 'Attach a PDF' }).waitFor();
      await page.locator('[data-testid="order-document-input"]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text') });
      await notice(page, 'File: only PDF documents can be attached.');
      expect(await page.locator('[data-testid="order-document"]').count()).toBe(1);
    },
    TIMEOUT_MS,
  );

  it(
    'lets the owner place a legal hold on a preservation order’s item with a hold-until date, and shows the action on the order (Swedish and English)',
    async () => {
      // A public post of the demo, named by id: preserving it places one hold on it.
      const [post] = await queryDatabase<{ id: string }>(`SELECT id FROM posts WHERE group_id IS NULL ORDER BY created_at LIMIT 1`);
      const deadline = new Date(Date.now() + 100 * 3_600_000).toISOString();
      const { id: orderId } = await api<{ id: string }>(OFFICER, 'authority-orders', {
        reference: 'Polisen 5000-K888003-26',
        legalBasis: 'Rättegångsbalken 27 kap. 16 §',
        type: 'preserve',
        category: 'illegal_or_harmful_speech',
        scope: [{ itemType: 'post', id: post.id }],
        deadline,
      });
      const page = await browser.page();
      await signIn(page, OWNER, e2eEnv().demoPassword);
      await open(page, `#/authority-orders/${orderId}/show`);
      await page.locator('[data-testid="order-acknowledge-button"]').waitFor();
      // Nothing to preserve before the order is acknowledged.
      expect(await page.locator('[data-testid="order-preserve-button"]').count()).toBe(0);
      expect((await page.locator('[data-testid="order-done-actions"]').innerText()).includes('Inget har gjorts enligt beslutet ännu.')).toBe(true);
      await decide(page, 'acknowledge');
      await eventually(
        () => stateOnPage(page),
        (state) => state.value === 'acknowledged',
        'acknowledged',
      );

      await pressByKeyboard(page, 'order-preserve-button');
      await page.locator('[data-testid="order-preserve"]').waitFor();
      // Nothing is sent until an item and the date are chosen.
      expect(await page.locator('[data-testid="order-preserve-confirm"]').isDisabled()).toBe(true);
      await page.locator('[data-testid="order-preserve"] input[type="checkbox"]').first().check();
      await page.locator('input[name="holdUntil"]').fill('2027-06-30T12:00');
      await confirmDialog(page, 'order-preserve');
      await notice(page, 'Bevarandebesluten är fattade');
      await page.locator('[data-testid="order-action"][data-kind="legal_hold"]').waitFor();
      expect((await page.locator('[data-testid="order-action"]').innerText()).trim()).toMatch(new RegExp(`^Bevarandebeslut · Inlägg ${post.id.slice(0, 8)} · `));
      const holds = await queryDatabase<{ until: string }>(`SELECT to_json(ends_at) #>> '{}' AS until FROM legal_holds WHERE authority_order_id = $1`, [orderId]);
      expect(holds).toHaveLength(1);
      // 12:00 on the Stockholm clock in summer is 10:00 UTC.
      expect(new Date(holds[0].until).toISOString()).toBe('2027-06-30T10:00:00.000Z');

      await switchLanguageAtTop(page, 'English');
      await page.locator('[data-testid="order-action"]', { hasText: `Legal hold · Post ${post.id.slice(0, 8)}` }).waitFor();
    },
    TIMEOUT_MS,
  );
});
