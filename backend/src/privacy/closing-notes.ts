import { type Language, readableDate } from '@samverka/shared';

/**
 * The notes the system writes when it closes a privacy request, in the person's language: the
 * note is stored as the person read it.
 */
export const closingNotes = {
  exportReady: (until: Date, language: Language): string =>
    language === 'en' ? `The export was made and can be downloaded until ${readableDate(until, language)}.` : `Exporten är gjord och kan hämtas till och med ${readableDate(until, language)}.`,
  erased: (language: Language): string => (language === 'en' ? 'Erased. The certificate lists what was kept and on what ground.' : 'Raderat. Intyget visar vad som sparades och på vilken grund.'),
  cancelledByPerson: (language: Language): string => (language === 'en' ? 'Cancelled by the person during the grace period.' : 'Återkallad av personen under betänketiden.'),
};
