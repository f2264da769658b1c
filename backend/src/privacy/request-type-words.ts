import type { Language, RequestType } from '@samverka/shared';

/**
 * A request type as the person reads it mid-sentence, after "din begäran om" / "your request
 * for": never the code (`erasure`) in an e-mail.
 */
const WORDS: Record<Language, Record<RequestType, string>> = {
  sv: {
    access: 'tillgång till dina uppgifter',
    portability: 'dataportabilitet',
    erasure: 'radering',
    restriction: 'begränsning av behandlingen',
    rectification: 'rättelse',
  },
  en: {
    access: 'access to your data',
    portability: 'data portability',
    erasure: 'erasure',
    restriction: 'restriction of processing',
    rectification: 'rectification',
  },
};

export const requestTypeWords = (language: Language, type: RequestType): string => WORDS[language][type];
