import { addSwedishDays, swedishDay } from './calendar.js';
import type { PrivacyRequestRecord } from './privacy.js';

/** How pressing a privacy request is, for the console's due-date chip and the list's row colour. */
export type PrivacyRequestUrgency = 'overdue' | 'soon' | 'ok' | 'closed';

/**
 * A week's warning, counted in Stockholm calendar days: a request due on the 29th is "due soon" from the
 * 22nd, whatever the hour (a due date is the end of its day, so 7 x 24 hours from noon would miss it).
 */
export const PRIVACY_DUE_SOON_DAYS = 7;

export function privacyRequestUrgency(request: Pick<PrivacyRequestRecord, 'overdue' | 'closedAt' | 'effectiveDueAt'>, now: Date = new Date()): PrivacyRequestUrgency {
  if (request.closedAt) return 'closed';
  if (request.overdue) return 'overdue';
  // Days as yyyy-MM-dd compare in calendar order.
  return swedishDay(new Date(request.effectiveDueAt)) <= swedishDay(addSwedishDays(now, PRIVACY_DUE_SOON_DAYS)) ? 'soon' : 'ok';
}
