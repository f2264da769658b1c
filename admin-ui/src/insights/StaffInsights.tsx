import { usePermissions } from 'react-admin';
import { isStaff, type MeRecord } from '@samverka/shared';
import { InsightsDashboard } from './InsightsDashboard';

/** The charts on the home page, for staff; citizens and group admins keep their own page. */
export const StaffInsights = () => {
  const { permissions, isPending } = usePermissions<MeRecord | null>();
  if (isPending || !permissions || !isStaff(permissions.roles)) return null;
  return <InsightsDashboard me={permissions} />;
};
