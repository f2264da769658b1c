import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';

export const DEFAULT_LOCALE = 'sv';

/** Swedish by default; react-admin remembers a switch to English in its store (localStorage). */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'en' ? en : sv), DEFAULT_LOCALE, [
  { locale: 'sv', name: 'Svenska' },
  { locale: 'en', name: 'English' },
]);

/** The BCP 47 tag used to format dates and numbers in a console locale. */
export const dateLocaleOf = (locale: string): string => (locale === 'en' ? 'en-GB' : 'sv-SE');
