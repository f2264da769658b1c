import { addSwedishMonths } from '@samverka/shared';

/** How long after a decision it can be appealed. */
export const APPEAL_MONTHS = 6;

/**
 * The last moment to appeal a decision: six calendar months after the action was recorded, at the
 * same wall-clock time in Stockholm. The statement of reasons tells the author this value and
 * the appeal is checked against it, so what the author is told is what is enforced.
 */
export function appealDeadline(action: { createdAt: Date }): Date {
  return addSwedishMonths(action.createdAt, APPEAL_MONTHS);
}
