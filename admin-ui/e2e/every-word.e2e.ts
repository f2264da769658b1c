import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import * as shared from '@samverka/shared';
import { en } from '../src/i18n/en.js';
import { sv } from '../src/i18n/sv.js';
import { e2eEnv, freshPage, launchChromium, signIn, switchLanguage } from './console-helpers.js';
import { startDemoBackend } from './demo-backend.js';

/**
 * Walks every page a demo role reaches (each menu entry, and the show page of the first record of
 * each list) in Swedish and in English, and collects every raw value a person would read: an i18n
 * key, a value of one of shared/'s enums (audit actions, subject types, statuses ...), an e-mail
 * status, a UUID or an ISO timestamp. Dictionary-free: what counts as raw comes from shared/ and
 * from the shape of the text, not from a list of words.
 */

const ACCOUNTS = [
  'owner@demo.samverka.se',
  'moderator@demo.samverka.se',
  'coordinator.sigtuna@demo.samverka.se',
  'coordinator.strangnas@demo.samverka.se',
  'citizen@demo.samverka.se',
  'officer.sigtuna@demo.samverka.se',
];
/** Pages a role must reach from its menu, so that the walk cannot pass them by unseen (the police officer's tips inbox, whose first tip opens in its drawer). */
const MUST_REACH: Readonly<Record<string, string[]>> = {
  'officer.sigtuna@demo.samverka.se': ['#/', '#/organisation-messages'],
};
const LANGUAGES = [
  { locale: 'sv', name: 'Svenska' },
  { locale: 'en', name: 'English' },
] as const;

/** Every string value of the const objects shared/ exports (enums), and the e-mail statuses the outbox shows. */
function enumValues(): Set<string> {
  const values = new Set<string>(['queued', 'sent', 'captured', 'failed']);
  for (const exported of Object.values(shared)) {
    if (!exported || typeof exported !== 'object' || Array.isArray(exported)) continue;
    const strings = Object.values(exported).filter((value): value is string => typeof value === 'string');
    // An enum is an object of strings only (the rules and chart descriptions are not).
    if (strings.length > 0 && strings.length === Object.keys(exported).length) strings.forEach((value) => values.add(value));
  }
  return values;
}
const ENUM_VALUES = enumValues();
/** A municipality code or a plain number is a value people read; a name in the data is not an enum leak. */
const PEOPLE_READ = (text: string) => /^\d+$/.test(text);

/** Every message text of a catalogue (each plural form apart), without its %{placeholders}' texts. */
function messageTexts(messages: object, into = new Set<string>()): Set<string> {
  for (const value of Object.values(messages)) {
    if (typeof value === 'string') value.split(' |||| ').forEach((form) => into.add(form.trim()));
    else if (value && typeof value === 'object') messageTexts(value, into);
  }
  return into;
}
const SWEDISH_TEXTS = messageTexts(sv);
const ENGLISH_TEXTS = messageTexts(en);
/** A console text of one language, read on a page of the other (the same word in both languages is fine). */
const foreignText = (locale: 'sv' | 'en', text: string): boolean => (locale === 'sv' ? ENGLISH_TEXTS.has(text) && !SWEDISH_TEXTS.has(text) : SWEDISH_TEXTS.has(text) && !ENGLISH_TEXTS.has(text));

const KEY_SHAPE = /\b[a-z][a-z0-9]*(?:\.[a-z0-9]+)*\.[a-z0-9]*_[a-z0-9_]*\b|\b(?:samverka|resources|ra)\.[a-z_.]+\b/;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The texts of the page's leaves (elements whose text is their own), visible, without inputs' values. */
async function leafTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const element of Array.from(document.querySelectorAll('main *, header *, .MuiDrawer-root *, [role="menu"] *'))) {
      if (!(element instanceof HTMLElement) || element.offsetParent === null) continue;
      const own = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (own) texts.push(own);
    }
    return texts;
  });
}

/** What is raw in one page's texts; e-mail addresses and links are data, not keys. */
function rawValuesIn(texts: string[], locale: 'sv' | 'en'): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const withoutAddresses = text.replace(/\S+@\S+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
    // An enum value that is also a word of the page's language ("Municipality" in English) reads as one.
    if (ENUM_VALUES.has(text) && !PEOPLE_READ(text) && !(locale === 'en' ? ENGLISH_TEXTS : SWEDISH_TEXTS).has(text)) found.push(`enum value "${text}"`);
    else if (KEY_SHAPE.test(withoutAddresses)) found.push(`key-shaped "${text}"`);
    else if (UUID.test(text)) found.push(`UUID in "${text}"`);
    else if (ISO_TIMESTAMP.test(text)) found.push(`ISO timestamp in "${text}"`);
    else if (foreignText(locale, text)) found.push(`${locale === 'sv' ? 'English' : 'Swedish'} text "${text}"`);
  }
  return found;
}

/** Waits for react-admin to stop loading: no progress bar for two readings in a row. */
async function settled(page: Page): Promise<void> {
  for (let quiet = 0, round = 0; quiet < 2 && round < 30; round++) {
    await page.waitForTimeout(250);
    quiet = (await page.locator('[role="progressbar"]').count()) === 0 ? quiet + 1 : 0;
  }
}

/** The console routes the menu offers (hash paths), once the menu has settled. */
async function menuRoutes(page: Page): Promise<string[]> {
  let previous = '';
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(400);
    const hrefs = await page.locator('.RaMenu-open a[href^="#/"], .RaMenu-closed a[href^="#/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    const current = [...new Set(hrefs)].join(' ');
    if (current === previous) break;
    previous = current;
  }
  return previous.split(' ').filter(Boolean);
}

describe('every word a person reads', () => {
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof startDemoBackend>> | undefined;
  const findings: string[] = [];

  beforeAll(async () => {
    demo = await startDemoBackend();
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.stop();
    console.log(`raw values found on the walk: ${findings.length}`);
  });

  for (const email of ACCOUNTS) {
    for (const language of LANGUAGES) {
      it(`shows ${email} no raw value on any page in ${language.name}`, async () => {
        const { baseUrl, demoPassword } = e2eEnv();
        const { context, page } = await freshPage(browser);
        try {
          await signIn(page, email, demoPassword);
          if (language.locale === 'en') await switchLanguage(page, 'English');
          const routes = await menuRoutes(page);
          expect(routes).toEqual(expect.arrayContaining(MUST_REACH[email] ?? []));
          const raw: string[] = [];
          const visit = async (route: string) => {
            await page.goto(`${baseUrl}/${route}`);
            await settled(page);
            for (const value of rawValuesIn(await leafTexts(page), language.locale)) raw.push(`${route}: ${value}`);
          };
          for (const route of routes) {
            await visit(route);
            // The show page of the list's first record, when its rows open one.
            const firstRow = page.locator('table tbody tr.RaDatagrid-clickableRow, table tbody tr[class*="clickable"]').first();
            if (await firstRow.isVisible().catch(() => false)) {
              // A click event rather than a pointer: a column's sort tooltip may lie over the row.
              await firstRow.dispatchEvent('click');
              await settled(page);
              const shown = page.url().slice(page.url().indexOf('#'));
              for (const value of rawValuesIn(await leafTexts(page), language.locale)) raw.push(`${shown}: ${value}`);
            }
          }
          findings.push(...raw.map((line) => `${email} ${language.locale} ${line}`));
          if (raw.length) console.log(`${email} (${language.locale}): ${raw.length} raw values\n${[...new Set(raw)].join('\n')}`);
          expect([...new Set(raw)]).toEqual([]);
        } finally {
          await context.close();
        }
      }, 240_000);
    }
  }
});
