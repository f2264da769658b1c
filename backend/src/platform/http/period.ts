import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INSIGHTS_FIRST_DAY, INSIGHTS_LAST_DAY, MAX_INSIGHTS_PERIOD_DAYS, swedishDay, swedishDayStart, swedishDaysSince } from '@samverka/shared';
import { IsDefined, IsOptional, ValidateBy } from 'class-validator';

/**
 * The one bound on every period a caller may ask for (issue 16: a period of centuries answered
 * 36 MB and a few at once took the heap down). Charts, the transparency report and the DSA
 * statements all use it; the console's period pickers use the same constant from `shared/`.
 */
export const MAX_PERIOD_DAYS = MAX_INSIGHTS_PERIOD_DAYS;
/** The days a period may fall in at all; nothing on the platform is older or far ahead. */
export const FIRST_DAY = INSIGHTS_FIRST_DAY;
export const LAST_DAY = INSIGHTS_LAST_DAY;

/** A real calendar day written YYYY-MM-DD, within the years the platform can have data for. */
export const isPeriodDay = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  // 2026-02-30 parses to 2 March: only a day that reads back the same is a real one.
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value &&
  value >= FIRST_DAY &&
  value <= LAST_DAY;

// A date and time with its offset (or Z), as the console sends it; a bare date or week is refused.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant with its zone whose Swedish day lies within the platform's years. */
export const isPeriodInstant = (value: unknown): value is string => {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return false;
  const day = swedishDay(at);
  return day >= FIRST_DAY && day <= LAST_DAY;
};

const PeriodDay = () => ValidateBy({ name: 'isPeriodDay', validator: { validate: isPeriodDay, defaultMessage: () => `$property must be a date (YYYY-MM-DD) from ${FIRST_DAY} to ${LAST_DAY}` } });

/** An optional period end written as a plain day (YYYY-MM-DD). */
export const PeriodDayField = (description: string, example: string) => applyDecorators(IsOptional(), PeriodDay(), ApiPropertyOptional({ description, example, format: 'date' }));

/** A period end that must be given, as a plain day (YYYY-MM-DD). */
export const RequiredPeriodDayField = (description: string, example: string) =>
  applyDecorators(IsDefined({ message: '$property must be given, as a date (YYYY-MM-DD)' }), PeriodDay(), ApiProperty({ description, example, format: 'date' }));

/** An optional period end written as a date and time with its zone. */
export const PeriodInstantField = (description: string, example: string) =>
  applyDecorators(
    IsOptional(),
    ValidateBy({
      name: 'isPeriodInstant',
      validator: { validate: isPeriodInstant, defaultMessage: () => `$property must be an ISO 8601 date and time with its zone (2026-11-01T00:00:00+01:00) from ${FIRST_DAY} to ${LAST_DAY}` },
    }),
    ApiPropertyOptional({ description, example, format: 'date-time' }),
  );

/** Swedish calendar days from `first` to `last` (YYYY-MM-DD), both counted. */
export const daysInclusive = (first: string, last: string): number => swedishDaysSince(swedishDayStart(first), swedishDayStart(last)) + 1;

/** Swedish calendar days the half-open period [from, to) touches. */
export const daysTouched = (from: Date, to: Date): number => daysInclusive(swedishDay(from), swedishDay(new Date(to.getTime() - 1)));

/**
 * Why a period of `days` is refused, or null when it is allowed. `field` is the end the caller
 * gave (with only `from`, `to` is today and not theirs to fix).
 */
export function periodTooLong(field: 'from' | 'to', days: number, described: string): string | null {
  return days > MAX_PERIOD_DAYS ? `${field}: a period of at most ${MAX_PERIOD_DAYS} days (${described} is ${days} days)` : null;
}
