import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';

export const DEFAULT_LOCALE = 'sv';

/** Swedish by default; react-admin remembers a switch to English in its store (localStorage). */
const polyglot = polyglotI18nProvider((locale) => (locale === 'en' ? en : sv), DEFAULT_LOCALE, [
  { locale: 'sv', name: 'Svenska' },
  { locale: 'en', name: 'English' },
]);

/**
 * The page's `lang` follows the console's language (WCAG 3.1.1): index.html says `sv`, and a
 * screen reader would read an English console with Swedish pronunciation.
 */
export const i18nProvider: I18nProvider = {
  ...polyglot,
  async changeLocale(locale, options) {
    await polyglot.changeLocale(locale, options);
    document.documentElement.lang = locale;
  },
};

/**
 * A translation function fixed to one language, whatever the console shows: for texts written to
 * someone else, such as a statement of reasons in the language its reader reads Samverka in.
 */
export const translatorIn = (locale: string): I18nProvider['translate'] => polyglotI18nProvider(() => (locale === 'en' ? en : sv), locale === 'en' ? 'en' : 'sv').translate;

/** The BCP 47 tag used to format dates and numbers in a console locale. */
export const dateLocaleOf = (locale: string): string => (locale === 'en' ? 'en-GB' : 'sv-SE');
