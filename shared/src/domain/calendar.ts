import { TZDate, tz } from '@date-fns/tz';
import { addDays, addMonths, differenceInDays, endOfDay, format, subDays } from 'date-fns';
import { SWEDISH_TIME_ZONE } from './working-days.js';

/**
 * Calendar arithmetic on the calendar of Stockholm, for the backend and the console alike. A day
 * or a month is not a fixed number of milliseconds (the changes to and from summer time make days
 * of 23 and 25 hours), and a server's or a browser's own zone is not Sweden's. Plain durations
 * (token lifetimes, rate windows) stay milliseconds; only what a person reads as dates comes here.
 */
const inStockholm = tz(SWEDISH_TIME_ZONE);

/** A plain Date: a TZDate would serialise with an offset where the API promises UTC (`...Z`). */
const plain = (date: Date): Date => new Date(date.getTime());

/**
 * `months` calendar months after `date`, at the same wall-clock time in Stockholm. A day the
 * target month lacks becomes its last day: 31 August + 6 months is 28 (or 29) February, not 3 March.
 */
export function addSwedishMonths(date: Date, months: number): Date {
  return plain(addMonths(date, months, { in: inStockholm }));
}

/**
 * The last moment of a period of `months` calendar months that begins at `date` (as EU Regulation
 * 1182/71 counts them, and GDPR Art. 12(3) with it): the end of the Stockholm day with the same date
 * `months` later, or of that month's last day when it lacks the date (31 January + 1 is 28 February).
 */
export function endOfSwedishMonths(date: Date, months: number): Date {
  return plain(endOfDay(addMonths(date, months, { in: inStockholm }), { in: inStockholm }));
}

/** `days` calendar days after `date` (before, if negative), at the same wall-clock time in Stockholm. */
export function addSwedishDays(date: Date, days: number): Date {
  return plain(addDays(date, days, { in: inStockholm }));
}

/** The day `date` falls on in Stockholm, as `yyyy-MM-dd`. */
export function swedishDay(date: Date): string {
  return format(date, 'yyyy-MM-dd', { in: inStockholm });
}

/** `date` as a person in Sweden reads it, to the minute: `yyyy-MM-dd HH:mm`. */
export function swedishDateTime(date: Date): string {
  return format(date, 'yyyy-MM-dd HH:mm', { in: inStockholm });
}

/**
 * `date` as a Date whose local getters (`getHours`, `getDate` ...) read the Stockholm wall clock,
 * whatever the process's own zone: for formats that store a wall time with no zone (ZIP's DOS times).
 */
export function swedishWallClock(date: Date): Date {
  return new TZDate(date.getTime(), SWEDISH_TIME_ZONE);
}

/** The moment a Swedish day (`yyyy-MM-dd`) begins: midnight in Stockholm. */
export function swedishDayStart(day: string): Date {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return plain(new TZDate(year, month - 1, dayOfMonth, SWEDISH_TIME_ZONE));
}

/**
 * Whole days from `since` to `now` ("N days ago"): a day runs from a time of day to the same time
 * the next day in Stockholm, so the 23-hour day of the spring change still counts as one.
 */
export function swedishDaysSince(since: Date, now: Date): number {
  return Math.max(0, differenceInDays(now, since, { in: inStockholm }));
}

/** The last `days` Swedish days up to and including the day of `now`, as a period of days. */
export function lastSwedishDays(days: number, now: Date): { from: string; to: string } {
  return { from: swedishDay(subDays(now, days - 1, { in: inStockholm })), to: swedishDay(now) };
}
