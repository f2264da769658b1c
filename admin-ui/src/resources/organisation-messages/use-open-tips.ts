import { useGetList } from 'react-admin';
import type { OrganisationMessageRecord } from '@samverka/shared';

/** The newest open tips of the person's organisations and how many are open: the start page's summary. */
export function useOpenTips(latest = 3): { tips: OrganisationMessageRecord[]; total: number | undefined; isPending: boolean } {
  const {
    data = [],
    total,
    isPending,
  } = useGetList<OrganisationMessageRecord>('organisation-messages', {
    filter: { state: 'open' },
    pagination: { page: 1, perPage: latest },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  return { tips: data, total, isPending };
}
