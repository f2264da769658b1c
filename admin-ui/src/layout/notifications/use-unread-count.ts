import { useGetList } from 'react-admin';

const REFRESH_MS = 60_000;
export const NOTIFICATIONS = 'me/notifications';

/** Unread notifications of the signed-in person: one row asked for, the total from Content-Range. */
export function useUnreadCount(): number {
  const { total } = useGetList(NOTIFICATIONS, { filter: { unread: true }, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } }, { refetchInterval: REFRESH_MS });
  return total ?? 0;
}
