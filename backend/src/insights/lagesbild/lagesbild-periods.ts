/** A period of Swedish calendar days, both ends included (YYYY-MM-DD). */
export interface Period {
  from: string;
  to: string;
}

/** The periods a report compares: its own, the one just before it, and the same one a year earlier. */
export interface ComparedPeriods {
  current: Period;
  previous: Period;
  yearAgo: Period;
}

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (day: string, days: number) => toDay(new Date(toDate(day).getTime() + days * 86_400_000));
const lastDayOfMonth = (year: number, month: number) => toDay(new Date(Date.UTC(year, month + 1, 0)));

/** The calendar month a day falls in. */
export function monthOf(day: string): Period {
  const date = toDate(day);
  return { from: toDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1))), to: lastDayOfMonth(date.getUTCFullYear(), date.getUTCMonth()) };
}

/** The month before the one `day` falls in: what the job on the first of a month reports. */
export function monthBefore(day: string): Period {
  return monthOf(addDays(monthOf(day).from, -1));
}

const isWholeMonth = (period: Period) => monthOf(period.from).from === period.from && monthOf(period.from).to === period.to;

/** The same day a year earlier; 29 February becomes the 28th. */
function yearEarlier(day: string): string {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return toDay(new Date(Date.UTC(year - 1, month - 1, Math.min(dayOfMonth, Number(lastDayOfMonth(year - 1, month - 1).slice(8))))));
}

/**
 * A whole month compares with the month before and the same month a year ago; any other period
 * with as many days just before it and the same days a year earlier.
 */
export function comparedPeriods(current: Period): ComparedPeriods {
  if (isWholeMonth(current)) return { current, previous: monthBefore(current.from), yearAgo: monthOf(yearEarlier(current.from)) };
  const days = Math.round((toDate(current.to).getTime() - toDate(current.from).getTime()) / 86_400_000) + 1;
  return { current, previous: { from: addDays(current.from, -days), to: addDays(current.from, -1) }, yearAgo: { from: yearEarlier(current.from), to: yearEarlier(current.to) } };
}
