import { swedishDateTime } from '@samverka/shared';

/**
 * The deadline picker shows and reads Stockholm wall time whatever the browser's zone: an order
 * says "by 15 December 12:00" in Swedish time, and an officer abroad must not shift it by hours.
 */
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** An ISO instant as the `datetime-local` value of the Stockholm wall clock (`yyyy-MM-ddTHH:mm`). */
export function toStockholmInput(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  if (WALL_TIME.test(value)) return value;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : swedishDateTime(date).replace(' ', 'T');
}

/** A `datetime-local` value read as Stockholm wall time, as the ISO instant the API takes; '' when incomplete. */
export function fromStockholmInput(value: unknown): string {
  const match = typeof value === 'string' ? WALL_TIME.exec(value) : null;
  if (!match) return '';
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Stockholm's offset at the guess, then at the moment it gives: right on both sides of a change of clocks.
  return new Date(wall - stockholmOffset(wall - stockholmOffset(wall))).toISOString();
}

/** How far the Stockholm wall clock is ahead of UTC at `at` (ms since epoch, to the minute). */
function stockholmOffset(at: number): number {
  const minute = at - (at % 60_000);
  const [day, time] = swedishDateTime(new Date(minute)).split(' ');
  return Date.parse(`${day}T${time}:00Z`) - minute;
}
