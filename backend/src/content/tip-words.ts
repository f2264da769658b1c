import type { Language } from '@samverka/shared';

/** The longest piece of the tip repeated in the notification, so the sender knows which tip was answered. */
const EXCERPT_LENGTH = 120;

/**
 * What the sender of a tip reads when the organisation answers it, in their language; the
 * notification keeps it as it was shown. The answer itself is the member's own words.
 */
export const tipWords = {
  answered: (organisationName: string, language: Language): string => (language === 'en' ? `${organisationName} has answered your tip.` : `${organisationName} har svarat på ditt tips.`),
  excerpt: (text: string): string => (text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…`),
};
