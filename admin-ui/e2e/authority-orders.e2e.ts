import { describe, expect, it } from '@jest/globals';
import { addSwedishDays, swedishDay } from '@samverka/shared';
import type { Page } from 'playwright-core';
import {
  api,
  CITIZEN,
  decide,
  DEMO_ORDER,
  demoGroupId,
  fileAsOfficer,
  MODERATOR,
  OFFICER,
  orderByReference,
  OWNER,
  pickWithKeyboard,
  stateOnPage,
  tabTo,
  typeWallTime,
} from './authority-orders-helpers.js';
import { type Finding, scan, summary } from './axe-scan.js';
import { e2eEnv, eventually, queryDatabase, signIn, switchLanguage } from './console-helpers.js';
import { suiteBrowser } from './suite-browser.js';
import { suiteDemoBackend } from './suite-demo-backend.js';

const TIMEOUT_MS = 180_000;
const MENU_LINK = 'a[href="#/authority-orders"].MuiMenuItem-root';

const open = async (page: Page, hash: string) => {
  await page.goto(`${e2eEnv().baseUrl}/${hash}`);
};
const notice = (page: Page, text: string) => page.locator('.MuiSnackbar-root', { hasText: text }).waitFor();
const rows = (page: Page) => page.locator('table tbody tr');

/** The references in the list on screen, once its rows have come. */
async function listedReferences(page: Page): Promise<string[]> {
  await rows(page).first().waitFor();
  return rows(page).locator('td.column-reference').allInnerTexts();
}

describe('orders from authorities in the console', () => {
  // The browser first: its afterAll closes it before the backend stops (open pages keep connections to it).
  const browser = suiteBrowser();
  suiteDemoBackend();

  it(
    'shows the officer her organisation’s open order on the start page, and she files a preservation order by keyboard alone with a deadline in Swedish time (Swedish)',
    async () => {
      const page = await browser.page();
      await signIn(page, OFFICER, e2eEnv().demoPassword);
      const card = page.locator('[data-testid="open-orders-card"]');
      await card.and(page.locator('[data-count="1"]')).waitFor();
      expect((await page.locator('[data-testid="open-orders-count"]').innerText()).trim()).toBe('1 öppet beslut');
      expect((await card.locator('[data-testid="open-order-link"]').innerText()).trim()).toBe(DEMO_ORDER.reference);
      expect((await page.locator(MENU_LINK).innerText()).trim()).toBe('Myndighetsbeslut');

      // The form, reached and filled with the keyboard only: Tab between fields, arrows and typing in the lists.
      await open(page, '#/authority-orders/create');
      await page.locator('input[name="reference"]').waitFor();
      // Her organisation is chosen already: she files for it.
      expect(await page.locator('input[name="issuingOrganisationId"]').inputValue()).toBe('00000000-0000-4000-8000-0000000e0001');
      const groupId = await demoGroupId();
      const day = swedishDay(addSwedishDays(new Date(), 5));
      await tabTo(page, 'reference');
      await page.keyboard.type('Polisen 5000-K777001-26');
      await tabTo(page, 'legalBasis');
      await page.keyboard.type('Bevarandeföreläggande enligt 27 kap. 16 § rättegångsbalken');
      await tabTo(page, 'type');
      await pickWithKeyboard(page, 'Bevara');
      await tabTo(page, 'category');
      await pickWithKeyboard(page, 'Olagliga');
      await tabTo(page, 'scope.0.id');
      await page.keyboard.type(groupId);
      await tabTo(page, 'deadline');
      await typeWallTime(page, 'deadline', `${day}T12:00`);
      expect(await page.locator('input[name="deadline"]').inputValue()).toBe(`${day}T12:00`);
      await tabTo(page, 'submit');
      await page.keyboard.press('Enter');

      // After filing: the order's page, received, naming the group by kind and id only.
      await page.waitForURL(/#\/authority-orders\/[0-9a-f-]{36}\/show$/);
      await notice(page, 'Beslutet är registrerat');
      await page.locator('[data-testid="order-scope-item"]').waitFor();
      expect(await stateOnPage(page)).toEqual({ value: 'received', text: 'Mottaget' });
      expect((await page.locator('[data-testid="order-scope-item"]').innerText()).trim()).toBe(`Grupp ${groupId.slice(0, 8)}`);
      expect(await page.locator('[data-testid="order-scope-link"]').count()).toBe(0);
      // The police do not decide their own orders: no decisions area.
      expect(await page.locator('[data-testid="order-actions"]').count()).toBe(0);
      const filed = await orderByReference('Polisen 5000-K777001-26');
      expect(filed).toMatchObject({ type: 'preserve', category: 'illegal_or_harmful_speech', authorityName: 'Polisen lokalpolisområde Märsta', scope: [{ itemType: 'group', id: groupId }] });
      // 12:00 on the Stockholm clock, whatever the browser's zone.
      expect(swedishDay(new Date(filed.deadline))).toBe(day);
      expect(new Date(filed.deadline).toLocaleTimeString('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit' })).toBe('12:00');

      // In the list: nearest deadline first, the demo order before hers.
      await open(page, '#/authority-orders');
      expect(await listedReferences(page)).toEqual([DEMO_ORDER.reference, 'Polisen 5000-K777001-26']);
    },
    TIMEOUT_MS,
  );

  it(
    'says what is missing by field name, in Swedish and in English, and files nothing',
    async () => {
      const page = await browser.page();
      await signIn(page, OFFICER, e2eEnv().demoPassword);
      const before = await queryDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM authority_orders`);
      await open(page, '#/authority-orders/create');
      await page.locator('input[name="reference"]').waitFor();
      await page.locator('input[name="scope.0.id"]').fill('inte-ett-id');
      await page.locator('button[type="submit"]').click();
      const errors = async () => (await page.locator('.MuiFormHelperText-root.Mui-error').allInnerTexts()).map((text) => text.trim());
      await page.locator('.MuiFormHelperText-root.Mui-error').first().waitFor();
      expect(await errors()).toEqual(
        expect.arrayContaining([
          'Diarienummer: måste fyllas i.',
          'Rättslig grund: måste fyllas i.',
          'Typ av beslut: måste fyllas i.',
          'Id: ett id har formen 8-4-4-4-12 hexadecimala tecken.',
          'Tidsfrist: måste fyllas i.',
        ]),
      );
      // Switching the language starts the form afresh: the same mistakes again, in English.
      await switchLanguage(page, 'English');
      await page.locator('input[name="scope.0.id"]').fill('not-an-id');
      await page.locator('button[type="submit"]', { hasText: 'Save' }).click();
      await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: 'Reference: required.' }).waitFor();
      expect(await errors()).toEqual(
        expect.arrayContaining(['Reference: required.', 'Category of illegal content: required.', 'Id: an id has the form 8-4-4-4-12 hexadecimal digits.', 'Deadline: required.']),
      );
      expect(await queryDatabase<{ n: number }>(`SELECT count(*)::int AS n FROM authority_orders`)).toEqual(before);
    },
    TIMEOUT_MS,
  );

  it(
    'lets the owner enter an order received on paper, with the issuing authority and its country, naming two items',
    async () => {
      const [post] = await queryDatabase<{ id: string }>(`SELECT id FROM posts ORDER BY created_at DESC LIMIT 1`);
      const [resident] = await queryDatabase<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [CITIZEN]);
      const page = await browser.page();
      await signIn(page, OWNER, e2eEnv().demoPassword);
      await open(page, '#/authority-orders/create');
      await page.locator('input[name="authorityName"]').waitFor();
      // The owner represents no police organisation: no organisation to choose, the country is Sweden until changed.
      expect(await page.locator('input[name="issuingOrganisationId"]').count()).toBe(0);
      expect(await page.locator('input[name="authorityCountry"]').inputValue()).toBe('SE');
      await page.locator('input[name="authorityName"]').fill('Bundeskriminalamt');
      await page.locator('input[name="authorityCountry"]').fill('de');
      await page.locator('input[name="reference"]').fill('BKA ZI 11-2026-4711');
      await page.locator('textarea[name="legalBasis"]').fill('Verordnung (EU) 2022/2065, Art. 9');
      const choose = async (name: string, option: string) => {
        await page.locator(`input[name="${name}"]`).locator('xpath=..').locator('[role="combobox"]').click();
        await page.locator('[role="listbox"] [role="option"]', { hasText: option }).click();
      };
      await choose('type', 'Ingripa mot innehåll');
      await choose('category', 'Bedrägerier');
      await choose('scope.0.itemType', 'Inlägg');
      await page.locator('input[name="scope.0.id"]').fill(post.id);
      await page.locator('.button-add-scope').click();
      await choose('scope.1.itemType', 'Konto');
      await page.locator('input[name="scope.1.id"]').fill(resident.id);
      const day = swedishDay(addSwedishDays(new Date(), 3));
      await page.locator('input[name="deadline"]').fill(`${day}T09:30`);
      await page.locator('button[type="submit"]').click();
      await page.locator('.MuiFormHelperText-root.Mui-error', { hasText: 'Utfärdande land: två versaler, till exempel SE.' }).waitFor();
      await page.locator('input[name="authorityCountry"]').fill('DE');
      await page.locator('button[type="submit"]').click();

      await page.waitForURL(/#\/authority-orders\/[0-9a-f-]{36}\/show$/);
      await page.locator('[data-testid="order-scope-item"]').nth(1).waitFor();
      const filed = await orderByReference('BKA ZI 11-2026-4711');
      expect(filed).toMatchObject({
        issuingOrganisationId: null,
        authorityName: 'Bundeskriminalamt',
        authorityCountry: 'DE',
        type: 'act_against_content',
        category: 'scams_and_fraud',
        scope: [
          { itemType: 'post', id: post.id },
          { itemType: 'account', id: resident.id },
        ],
      });
      expect(new Date(filed.deadline).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' })).toBe(`${day} 09:30`);
      // Staff reach the named items' pages from the order.
      expect(await page.locator('[data-testid="order-scope-link"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual([
        `#/posts/${post.id}/show`,
        `#/users/${resident.id}/show`,
      ]);
    },
    TIMEOUT_MS,
  );

  it(
    'lets the owner acknowledge, review and refuse an order with a reason, carry out another, and says a 409 in words',
    async () => {
      const refusedId = await fileAsOfficer('Polisen 5000-K777002-26', 'provide_information', 100);
      const staleId = await fileAsOfficer('Polisen 5000-K777003-26', 'preserve', 100);
      const page = await browser.page();
      await signIn(page, OWNER, e2eEnv().demoPassword);

      await open(page, `#/authority-orders/${refusedId}/show`);
      await page.locator('[data-testid="order-acknowledge-button"]').waitFor();
      // Only the moves its state allows: received goes to acknowledged or refused.
      expect(await page.locator('[data-testid="order-actions"] button').allInnerTexts()).toEqual(['KVITTERA', 'AVSLÅ']);
      await decide(page, 'acknowledge');
      await notice(page, 'Beslutet är kvitterat');
      await eventually(
        () => stateOnPage(page),
        (state) => state.value === 'acknowledged',
        'state after acknowledging',
      );
      expect((await stateOnPage(page)).text).toBe('Kvitterat');
      await page.locator('[data-testid="order-history-acknowledged"]').waitFor();
      await decide(page, 'review');
      await notice(page, 'Beslutet är under prövning');
      await eventually(
        () => stateOnPage(page),
        (state) => state.value === 'in_review',
        'state after review',
      );
      await decide(page, 'refuse', 'Beslutet anger inte vilka uppgifter som avses.');
      await notice(page, 'Beslutet är avslaget');
      await eventually(
        () => stateOnPage(page),
        (state) => state.value === 'refused',
        'state after refusing',
      );
      expect((await page.locator('[data-testid="order-history-refused"]').innerText()).trim()).toBe('Avslaget: Beslutet anger inte vilka uppgifter som avses.');
      expect(await page.locator('[data-testid="order-actions"] button').count()).toBe(0);
      expect(await orderByReference('Polisen 5000-K777002-26')).toMatchObject({ id: refusedId, state: 'refused', refusalReason: 'Beslutet anger inte vilka uppgifter som avses.' });

      // The demo's order: acknowledged, then carried out.
      const demoOrder = await orderByReference(DEMO_ORDER.reference);
      await open(page, `#/authority-orders/${demoOrder.id}/show`);
      // The owner may open the named group: its link goes to the group's page.
      expect(await page.locator('[data-testid="order-scope-link"]').getAttribute('href')).toBe(`#/groups/${demoOrder.scope[0].id}/show`);
      await decide(page, 'acknowledge');
      await eventually(
        () => stateOnPage(page),
        (state) => state.value === 'acknowledged',
        'demo order acknowledged',
      );
      await decide(page, 'done');
      await notice(page, 'Beslutet är markerat som verkställt');
      await eventually(
        () => stateOnPage(page),
        (state) => state.value === 'done',
        'demo order done',
      );
      await page.locator('[data-testid="order-history-done"]').waitFor();

      // Someone else acknowledges behind the page: the owner's click is refused, said in words, and the page catches up.
      await open(page, `#/authority-orders/${staleId}/show`);
      await page.locator('[data-testid="order-acknowledge-button"]').waitFor();
      await api(OWNER, `authority-orders/${staleId}/acknowledge`, {});
      await page.locator('[data-testid="order-acknowledge-button"]').click();
      await page.locator('[data-testid="order-acknowledge-confirm"]').click();
      await notice(page, 'Någon annan har redan fört ärendet vidare');
      await eventually(
        () => stateOnPage(page),
        (state) => state.value === 'acknowledged',
        'state after the 409',
      );

      // The transparency page counts the orders of the period with the other figures.
      await open(page, '#/transparency');
      const byType = page.locator('[data-testid="transparency-orders-by-type"]');
      await byType.waitFor();
      expect(await byType.innerText()).toContain('Bevara uppgifter');
      expect(await byType.innerText()).toContain('Lämna ut uppgifter');
      expect(await page.locator('[data-testid="transparency-orders-by-country"]').innerText()).toContain('Sverige');
      expect(await page.locator('[data-testid="transparency-orders-times"]').innerText()).toContain('Median antal timmar till kvittering');
    },
    TIMEOUT_MS,
  );

  it(
    'shows "due soon" and "overdue" in words in Swedish and English, and the owner’s pages in English',
    async () => {
      const soonId = await fileAsOfficer('Polisen 5000-K777004-26', 'act_against_content', 20);
      const lateId = await fileAsOfficer('Polisen 5000-K777005-26', 'act_against_content', 100);
      // An order that has run past its deadline: the API refuses to file one, so it is aged behind it.
      await queryDatabase(`UPDATE authority_orders SET deadline = now() - interval '2 hours' WHERE id = $1`, [lateId]);
      const page = await browser.page();
      await signIn(page, OWNER, e2eEnv().demoPassword);
      await open(page, '#/authority-orders?filter=%7B%22type%22%3A%22act_against_content%22%7D');
      const urgency = (id: string) => page.locator(`[data-testid="order-deadline"][data-order-id="${id}"]`);
      const row = (id: string) => rows(page).filter({ has: urgency(id) });
      await urgency(soonId).waitFor();
      expect(await urgency(lateId).getAttribute('data-urgency')).toBe('overdue');
      expect((await urgency(lateId).locator('[data-testid="order-urgency"]').innerText()).trim()).toBe('Försenat');
      expect((await urgency(soonId).locator('[data-testid="order-urgency"]').innerText()).trim()).toBe('Snart förfallet');

      await switchLanguage(page, 'English');
      await page.locator(MENU_LINK, { hasText: 'Authority orders' }).waitFor();
      await urgency(soonId).locator('[data-testid="order-urgency"]', { hasText: 'Due soon' }).waitFor();
      expect((await urgency(lateId).locator('[data-testid="order-urgency"]').innerText()).trim()).toBe('Overdue');
      expect((await row(soonId).locator('[data-testid="order-type"]').innerText()).trim()).toBe('Act against content');
      await row(soonId).locator('td.column-reference').click();
      await page.locator('[data-testid="order-acknowledge-button"]').waitFor();
      expect((await stateOnPage(page)).text).toBe('Received');
      expect((await page.locator('[data-testid="order-scope-item"]').innerText()).trim()).toMatch(/^Group [0-9a-f]{8}$/);
    },
    TIMEOUT_MS,
  );

  it(
    'shows a moderator the orders to act against content, which she may decide, and information orders (to confirm them), never a preservation order',
    async () => {
      const againstContent = await fileAsOfficer('Polisen 5000-K777006-26', 'act_against_content', 72);
      const page = await browser.page();
      await signIn(page, MODERATOR, e2eEnv().demoPassword);
      await page.locator(MENU_LINK).waitFor();
      await open(page, '#/authority-orders?perPage=50');
      const references = await listedReferences(page);
      expect(references).toContain('Polisen 5000-K777006-26');
      expect(references).not.toContain(DEMO_ORDER.reference);
      // Since four eyes she also reads information orders (a second reviewer confirms them); preservation orders never.
      const types = new Set(
        await rows(page)
          .locator('[data-testid="order-type"] [data-value]')
          .evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-value'))),
      );
      expect(types.has('act_against_content')).toBe(true);
      expect(types.has('preserve')).toBe(false);
      expect([...types].every((type) => type === 'act_against_content' || type === 'provide_information')).toBe(true);
      await open(page, `#/authority-orders/${againstContent}/show`);
      await page.locator('[data-testid="order-acknowledge-button"]').waitFor();
      // A preservation order is not hers to see: the API answers 404 and the console says so.
      const demoOrder = await orderByReference(DEMO_ORDER.reference);
      await open(page, `#/authority-orders/${demoOrder.id}/show`);
      await notice(page, 'Posten finns inte');
      await page.waitForURL(/#\/authority-orders$/);
      expect(await page.locator('[data-testid="order-scope-item"]').count()).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'gives a citizen no menu entry, and the page tells her she may not see it',
    async () => {
      const page = await browser.page();
      await signIn(page, CITIZEN, e2eEnv().demoPassword);
      // Wait for the menu to settle: her entries arrive with their canAccess answers.
      await page.locator('a[href="#/municipalities"]').waitFor();
      await page.waitForTimeout(1_500);
      expect(await page.locator(MENU_LINK).count()).toBe(0);
      await open(page, '#/authority-orders');
      await page.getByText('Du har inte behörighet att se den här sidan').waitFor();
      expect(await page.locator('table tbody tr').count()).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'finds no accessibility violation (axe, WCAG 2.1 AA) on the list, an order and the form',
    async () => {
      const page = await browser.page();
      await signIn(page, OWNER, e2eEnv().demoPassword);
      const findings: Finding[] = [];
      const demoOrder = await orderByReference(DEMO_ORDER.reference);
      for (const hash of ['#/authority-orders', `#/authority-orders/${demoOrder.id}/show`, '#/authority-orders/create']) {
        await open(page, hash);
        await page.locator('main').waitFor();
        findings.push(...(await scan(page, hash)));
      }
      // The refuse dialog open on an order still open.
      const openOrder = await fileAsOfficer('Polisen 5000-K777007-26', 'preserve', 90);
      await open(page, `#/authority-orders/${openOrder}/show`);
      await page.locator('[data-testid="order-refuse-button"]').click();
      await page.locator('textarea[name="reason"]').waitFor();
      findings.push(...(await scan(page, 'refuse dialog')));
      console.log(`authority orders: 4 pages scanned, ${findings.length} violations\n${summary(findings)}`);
      expect(findings).toEqual([]);
    },
    TIMEOUT_MS,
  );
});
