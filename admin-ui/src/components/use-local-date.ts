import { useLocaleState } from 'react-admin';
import { SWEDISH_TIME_ZONE } from '@samverka/shared';
import { dateLocaleOf } from '../providers/i18n-provider';

/**
 * A timestamp as LocalDateField writes it ("6 dec. 2026 09:42", on the Stockholm clock), for
 * sentences that put a date inside other words.
 */
export function useLocalDate(): (iso: string) => string {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(dateLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: SWEDISH_TIME_ZONE });
  return (iso) => format.format(new Date(iso));
}
