import { Menu, useGetList, usePermissions } from 'react-admin';
import type { MeRecord } from '@samverka/shared';

const RESOURCE = 'organisation-messages';

/** Someone in an unverified organisation sees the inbox only while it holds something. */
const WhileNotEmpty = () => {
  const { total } = useGetList(RESOURCE, { pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } });
  return total ? <Menu.ResourceItem name={RESOURCE} /> : null;
};

/**
 * "Inkomna tips", for the people who represent an organisation: always for a verified one
 * (residents can write to it at any time), otherwise only when a tip has come. Everyone else
 * has no inbox, so no entry.
 */
export const TipsMenuItem = () => {
  const { permissions } = usePermissions<MeRecord | null>();
  const organisations = permissions?.organisations ?? [];
  if (organisations.length === 0) return null;
  return organisations.some((organisation) => organisation.verified) ? <Menu.ResourceItem name={RESOURCE} /> : <WhileNotEmpty />;
};
