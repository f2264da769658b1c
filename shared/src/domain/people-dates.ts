import type { Language } from './language.js';

const TIME_ZONE = 'Europe/Stockholm';
const TAG: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** A moment as people read it, on the Stockholm clock: "6 dec. 2026 09:42" (en: "6 Dec 2026, 09:42"). */
export function readableDateTime(at: Date, language: Language): string {
  return new Intl.DateTimeFormat(TAG[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(at);
}

/** A day as people read it: "6 dec. 2026" (en: "6 Dec 2026"). */
export function readableDate(at: Date, language: Language): string {
  return new Intl.DateTimeFormat(TAG[language], { dateStyle: 'medium', timeZone: TIME_ZONE }).format(at);
}
