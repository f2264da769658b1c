import { useLocaleState } from 'react-admin';
import { dateLocaleOf } from '../providers/i18n-provider';

const UNITS = [
  ['byte', 1],
  ['kilobyte', 1024],
  ['megabyte', 1024 ** 2],
  ['gigabyte', 1024 ** 3],
] as const;

/** A file's size as the console's language writes it, in the largest unit it fills: 59 B, 1,5 kB, 2,3 MB. */
export function useFileSize(): (bytes: number) => string {
  const [locale] = useLocaleState();
  return (bytes) => {
    const [unit, size] = [...UNITS].reverse().find(([, size]) => bytes >= size) ?? UNITS[0];
    return new Intl.NumberFormat(dateLocaleOf(locale), { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 }).format(bytes / size);
  };
}
