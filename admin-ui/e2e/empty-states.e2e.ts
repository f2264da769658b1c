import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { e2eEnv, saveScreenshot, signIn, switchLanguage } from './console-helpers.js';
import { type OwnBackend, startOwnBackend } from './demo-backend.js';
import { leafTexts, rawValuesIn } from './page-words.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 180_000;

/**
 * Lists a fresh instance's platform owner finds empty, with what each says then, in both
 * languages: react-admin's empty page (with the invitation to add one where the list can) or,
 * for a list that keeps its filters on screen, the line in the table.
 */
const EMPTY_LISTS = [
  { resource: 'legal-holds', sv: ['Inga bevarandebeslut ännu.', 'Vill du fatta ett bevarandebeslut?'], en: ['No legal holds yet.', 'Do you want to place a legal hold?'] },
  {
    resource: 'privacy-requests',
    sv: ['Inga begäranden (GDPR) ännu.', 'Vill du registrera en begäran för någons räkning?'],
    en: ['No GDPR requests yet.', "Do you want to file a request on someone's behalf?"],
  },
  { resource: 'group-interventions', sv: ['Inga ingripanden ännu.'], en: ['No interventions yet.'] },
  // Their default filter (pending appeals, open cases) is no filter of the person's.
  { resource: 'appeals', sv: ['Inga överklaganden att pröva.'], en: ['No appeals to decide.'] },
  { resource: 'moderation-cases', sv: ['Inga ärenden att granska just nu.'], en: ['No cases to review right now.'] },
  {
    resource: 'authority-orders',
    sv: ['Inga beslut från myndigheter. När polisen skickar ett beslut om att ingripa mot innehåll, lämna ut uppgifter eller bevara uppgifter visas det här med sin tidsfrist.'],
    en: ['No orders from authorities. When the police send an order to act against content, to provide information or to preserve data, it appears here with its deadline.'],
  },
] as const;

/** The empty state of a list: its sentence and, where the list can be added to, the invitation to do so. */
async function emptyState(page: Page, resource: string): Promise<string[]> {
  await page.goto(`${e2eEnv().baseUrl}/#/${resource}`);
  const empty = page.locator('.RaEmpty-message, [data-testid="list-empty"]');
  await empty.first().waitFor();
  return (await empty.first().locator('h1, h2, h3, h4, h5, h6, p').allInnerTexts()).map((text) => text.trim());
}

/**
 * On a fresh instance (a backend of this test's own, with no demo work), the owner's empty lists
 * say so in a sentence written for each, in Swedish and in English: not the generic sentence with
 * the capitalised resource name, nor a raw key.
 */
describe('the empty lists', () => {
  const browser = suiteBrowser();
  let backend: OwnBackend | undefined;
  beforeAll(async () => {
    backend = await startOwnBackend();
  }, 90_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it(
    'show a platform owner with no legal holds, requests, interventions, appeals or cases a sentence written for each list, and a search that finds nothing says so, in Swedish and in English',
    async () => {
      const page = await browser.page();
      await signIn(page, 'owner@demo.samverka.se', e2eEnv().demoPassword);
      for (const list of EMPTY_LISTS) {
        expect(await emptyState(page, list.resource)).toEqual(list.sv);
        expect(rawValuesIn(await leafTexts(page), 'sv')).toEqual([]);
      }
      await saveScreenshot(page, 'empty-legal-holds-sv');

      // A search that finds nobody says so, and clearing it brings the list back.
      await page.goto(`${e2eEnv().baseUrl}/#/users?filter=${encodeURIComponent(JSON.stringify({ q: 'ingen-heter-så' }))}`);
      const noMatch = page.locator('[data-testid="list-empty"][data-filtered="true"]');
      await noMatch.waitFor();
      expect(await noMatch.locator('p').innerText()).toBe('Inget matchar de valda filtren.');
      await noMatch.locator('[data-testid="list-clear-filters"]').click();
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.locator('[data-testid="list-empty"]').count()).toBe(0);

      await switchLanguage(page, 'English');
      for (const list of EMPTY_LISTS) {
        expect(await emptyState(page, list.resource)).toEqual(list.en);
        expect(rawValuesIn(await leafTexts(page), 'en')).toEqual([]);
      }
      await page.goto(`${e2eEnv().baseUrl}/#/users?filter=${encodeURIComponent(JSON.stringify({ q: 'nobody-by-that-name' }))}`);
      expect(await page.locator('[data-testid="list-empty"][data-filtered="true"] p').innerText()).toBe('Nothing matches the current filters.');
    },
    TIMEOUT_MS,
  );
});
