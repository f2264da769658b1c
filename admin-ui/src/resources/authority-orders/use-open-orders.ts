import { useGetList } from 'react-admin';
import type { AuthorityOrderRecord, AuthorityOrderState } from '@samverka/shared';

const useInState = (state: AuthorityOrderState, latest: number) =>
  useGetList<AuthorityOrderRecord>('authority-orders', { filter: { state }, pagination: { page: 1, perPage: latest }, sort: { field: 'deadline', order: 'ASC' } });

/**
 * The caller's open orders (received, acknowledged or in review), nearest deadline first, and how
 * many there are: the start page's summary. The API filters one state at a time.
 */
export function useOpenOrders(latest = 3): { orders: AuthorityOrderRecord[]; total: number | undefined; isPending: boolean } {
  const lists = [useInState('received', latest), useInState('acknowledged', latest), useInState('in_review', latest)];
  const isPending = lists.some((list) => list.isPending);
  const orders = lists
    .flatMap((list) => list.data ?? [])
    .sort((a, b) => a.deadline.localeCompare(b.deadline))
    .slice(0, latest);
  return { orders, total: isPending ? undefined : lists.reduce((sum, list) => sum + (list.total ?? 0), 0), isPending };
}
