import { addSwedishDays, endOfSwedishMonths, REQUEST_DUE_MONTHS } from '@samverka/shared';

/**
 * The dates of a privacy request, on the Stockholm calendar: a person reads them as days, and a
 * month or a day is not a fixed number of milliseconds (nor is the server's zone Sweden's).
 */

/** Art. 12(3): the end of the day one month after receipt (31 January: the end of February). */
export function requestDueAt(receivedAt: Date): Date {
  return endOfSwedishMonths(receivedAt, REQUEST_DUE_MONTHS);
}

/**
 * The "two further months" counted from receipt, not from the due date: the due date may have been
 * cut short by a shorter month (31 January: due 28 February, extended by two to 30 April, not 28 April).
 */
export function extendedDueAt(receivedAt: Date, months: number): Date {
  return endOfSwedishMonths(receivedAt, REQUEST_DUE_MONTHS + months);
}

/** An erasure runs this many Stockholm days after it was asked for, at the same time of day. */
export function eraseAfter(receivedAt: Date, graceDays: number): Date {
  return addSwedishDays(receivedAt, graceDays);
}

/** An export stays downloadable this many Stockholm days, to the same time of day. */
export function exportExpiresAt(generatedAt: Date, exportDays: number): Date {
  return addSwedishDays(generatedAt, exportDays);
}
