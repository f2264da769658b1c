import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { SWEDISH_TIME_ZONE } from '@samverka/shared';
import { dateLocaleOf } from '../providers/i18n-provider';

/**
 * A date (and by default time) written the way the console's current language writes it, on the
 * Stockholm clock, in words ("6 dec. 2026 09:42"): deadlines end at the end of a Swedish day, which a browser in another zone would
 * otherwise show as the day before or after.
 */
export const LocalDateField = ({ showTime = true, options, ...props }: DateFieldProps) => {
  const [locale] = useLocaleState();
  // "6 dec. 2026 09:42" rather than the browser's default "2026-12-06 09:42:00".
  const style: Intl.DateTimeFormatOptions = showTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' };
  return <DateField {...props} showTime={showTime} locales={dateLocaleOf(locale)} options={{ timeZone: SWEDISH_TIME_ZONE, ...(options ?? style) }} />;
};
