import type { Page } from 'playwright-core';
import * as shared from '@samverka/shared';
import { en } from '../src/i18n/en.js';
import { sv } from '../src/i18n/sv.js';

// What counts as a raw value on a page a person reads, dictionary-free: an i18n key, a value of
// one of shared/'s enums, a UUID, an ISO timestamp, or a console text of the other language (what
// counts comes from shared/, the message catalogues and the shape of the text, not a word list).

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

/** The console's layout: the page, the app bar, drawers and open menus. */
const CONSOLE_LEAVES = 'main *, header *, .MuiDrawer-root *, [role="menu"] *';

/** The texts of the leaves (elements whose text is their own) under `scope`, visible, without inputs' values. */
export async function leafTexts(page: Page, scope = CONSOLE_LEAVES): Promise<string[]> {
  return page.evaluate((selector) => {
    const texts: string[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (!(element instanceof HTMLElement) || element.offsetParent === null) continue;
      const own = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim();
      if (own) texts.push(own);
    }
    return texts;
  }, scope);
}

/** What is raw in one page's texts; e-mail addresses and links are data, not keys. */
export function rawValuesIn(texts: string[], locale: 'sv' | 'en'): string[] {
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
