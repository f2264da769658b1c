import { useCanAccess, useGetList, usePermissions } from 'react-admin';
import type { CaseRecord, MeRecord } from '@samverka/shared';

const REFRESH_MS = 60_000;

/**
 * How many cases wait in the platform's open queue, for the menu badge: one row asked for
 * (range [0,0]) and the total read from Content-Range, every minute. Moderators and platform
 * owners only; group admins see their few cases in the list itself.
 */
export function useOpenCaseCount(): number | undefined {
  const { permissions } = usePermissions<MeRecord | null>();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'moderation-cases' });
  const platform = Boolean(permissions?.roles.some((role) => role === 'moderator' || role === 'platform_owner'));
  const { total } = useGetList<CaseRecord>(
    'moderation-cases',
    { filter: { status: 'open' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'priority', order: 'DESC' } },
    { enabled: platform && canAccess === true, refetchInterval: REFRESH_MS, refetchIntervalInBackground: false },
  );
  return platform ? total : undefined;
}
