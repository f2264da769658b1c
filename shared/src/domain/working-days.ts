import { tz } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, format, getDay, subDays } from 'date-fns';

/** Review targets and deadlines are Swedish working days: counted on the calendar of Stockholm. */
export const SWEDISH_TIME_ZONE = 'Europe/Stockholm';
const inStockholm = tz(SWEDISH_TIME_ZONE);

/** Easter Sunday of `year` (Gregorian; the anonymous algorithm of Meeus, Jones and Butcher). */
function easterSunday(year: number): [month: number, day: number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return [Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1];
}

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The Saturday in [first, first + 6] of a month, as its day of the month. */
const saturdayFrom = (year: number, month: number, first: number) => first + ((6 - new Date(Date.UTC(year, month - 1, first)).getUTCDay() + 7) % 7);

const holidayCache = new Map<number, ReadonlySet<string>>();

/**
 * Days no one is expected to work in Sweden, as `yyyy-MM-dd`: the public holidays of the Act on
 * public holidays (1989:253) and the three eves treated as holidays in practice (midsommarafton,
 * julafton, nyårsafton). Weekends are not listed.
 */
export function swedishDaysOff(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const [easterMonth, easterDay] = easterSunday(year);
  const easter = Date.UTC(year, easterMonth - 1, easterDay);
  const fromEaster = (days: number) => {
    const date = new Date(easter + days * 86_400_000);
    return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  };
  const midsummerDay = saturdayFrom(year, 6, 20);
  const allSaints = saturdayFrom(year, 10, 31);
  const days = new Set([
    iso(year, 1, 1), // nyårsdagen
    iso(year, 1, 6), // trettondedag jul
    fromEaster(-2), // långfredagen
    fromEaster(0), // påskdagen
    fromEaster(1), // annandag påsk
    iso(year, 5, 1), // första maj
    fromEaster(39), // Kristi himmelsfärds dag
    fromEaster(49), // pingstdagen
    iso(year, 6, 6), // Sveriges nationaldag
    iso(year, 6, midsummerDay - 1), // midsommarafton
    iso(year, 6, midsummerDay), // midsommardagen
    allSaints > 31 ? iso(year, 11, allSaints - 31) : iso(year, 10, allSaints), // alla helgons dag
    iso(year, 12, 24), // julafton
    iso(year, 12, 25), // juldagen
    iso(year, 12, 26), // annandag jul
    iso(year, 12, 31), // nyårsafton
  ]);
  holidayCache.set(year, days);
  return days;
}

/** Whether `date` falls on a Swedish working day (Monday to Friday, not a day off), in Stockholm. */
export function isSwedishWorkingDay(date: Date): boolean {
  const weekday = getDay(date, { in: inStockholm });
  if (weekday === 0 || weekday === 6) return false;
  const day = format(date, 'yyyy-MM-dd', { in: inStockholm });
  return !swedishDaysOff(Number(day.slice(0, 4))).has(day);
}

/**
 * Whole working days from `from` to `to`: the working days after `from`'s date up to and
 * including `to`'s, on the calendar of Stockholm (so the change to summer time and a late
 * evening in UTC count right).
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const span = differenceInCalendarDays(to, from, { in: inStockholm });
  let days = 0;
  for (let offset = 1; offset <= span; offset++) {
    if (isSwedishWorkingDay(addDays(from, offset, { in: inStockholm }))) days++;
  }
  return days;
}

/**
 * The latest moment, at the same time of day in Stockholm, that lies `count` working days before
 * `date`: `workingDaysBetween(workingDaysBefore(date, n), date) === n` on any day.
 */
export function workingDaysBefore(date: Date, count: number): Date {
  let cursor: Date = date;
  for (let left = count; left > 0; cursor = subDays(cursor, 1, { in: inStockholm })) {
    if (isSwedishWorkingDay(cursor)) left--;
  }
  return new Date(cursor.getTime());
}
