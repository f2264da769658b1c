import { addSwedishDays } from '@samverka/shared';
import { daysTouched, periodTooLong } from '../platform/http/period.js';
import type { PeriodQueryDto } from './dto/transparency.dto.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';

/**
 * The half-open period a transparency answer covers: by default the 30 days up to `to` (now unless
 * given), counted on the Stockholm calendar. Bounded like every period (platform/http/period.ts).
 */
export function resolveTransparencyPeriod(query: Pick<PeriodQueryDto, 'from' | 'to'>, now = new Date()): { from: Date; to: Date } {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : addSwedishDays(to, -30);
  if (from >= to) throw new ModerationError(ModerationErrorCode.PeriodInvalid, 'from must be before to');
  const tooLong = periodTooLong(query.to === undefined ? 'from' : 'to', daysTouched(from, to), `${from.toISOString()} to ${to.toISOString()}`);
  if (tooLong) throw new ModerationError(ModerationErrorCode.PeriodTooLong, tooLong);
  return { from, to };
}
