import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { appEn } from './app-en';

/** English: react-admin's messages plus the console's. */
export const en: TranslationMessages = { ...englishMessages, ...appEn };
