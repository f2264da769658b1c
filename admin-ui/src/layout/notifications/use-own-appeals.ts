import { useGetList, usePermissions } from 'react-admin';
import type { AppealRecord, AppealStatus, MeRecord } from '@samverka/shared';

/**
 * The person's own appeals about one case, by the action appealed: a statement of reasons shows
 * where an appeal stands instead of offering the form again. Asked per case, since a moderator's
 * list holds everyone's appeals.
 */
export function useOwnAppeals(caseId: string | undefined): { appealed: ReadonlyMap<string, AppealStatus>; refetch: () => void } {
  const { permissions } = usePermissions<MeRecord | null>();
  const { data = [], refetch } = useGetList<AppealRecord>(
    'appeals',
    { filter: { caseId }, pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: Boolean(caseId && permissions) },
  );
  const own = data.filter((appeal) => appeal.appellantId === permissions?.id);
  return { appealed: new Map(own.map((appeal) => [appeal.actionId, appeal.status])), refetch: () => void refetch() };
}
