import type { AuthorityOrderRecord } from '@samverka/shared';

/** How near an order is to its deadline: the list and the start page say it in words. */
export type OrderUrgency = 'overdue' | 'soon' | 'ok' | 'closed';

/** "Due soon" is within 48 hours: a weekend must not hide an order that falls due on Monday. */
export const DUE_SOON_MS = 48 * 3_600_000;

/** Done and refused orders have no deadline any more; open ones are overdue, due soon or not yet. */
export function orderUrgency(order: Pick<AuthorityOrderRecord, 'state' | 'deadline'>, now: Date = new Date()): OrderUrgency {
  if (order.state === 'done' || order.state === 'refused') return 'closed';
  const left = new Date(order.deadline).getTime() - now.getTime();
  if (left <= 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'soon' : 'ok';
}
