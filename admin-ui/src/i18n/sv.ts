import type { TranslationMessages } from 'react-admin';
import { appSv } from './app-sv';
import { raSv } from './ra-sv';

/** Swedish, the default language: react-admin's messages plus the console's. */
export const sv: TranslationMessages = { ...raSv, ...appSv };
