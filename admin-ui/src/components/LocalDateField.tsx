import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { dateLocaleOf } from '../providers/i18n-provider';

/** A date (and by default time) written the way the console's current language writes it. */
export const LocalDateField = ({ showTime = true, ...props }: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField {...props} showTime={showTime} locales={dateLocaleOf(locale)} />;
};
