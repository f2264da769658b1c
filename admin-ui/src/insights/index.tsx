import { lazy, Suspense } from 'react';
import { usePermissions } from 'react-admin';
import { isStaff, type MeRecord } from '@samverka/shared';

// Charts and the map are a third of the console's weight: only staff download them, on the home page.
const InsightsDashboard = lazy(() => import('./InsightsDashboard').then((module) => ({ default: module.InsightsDashboard })));

/** The charts on the home page, for staff; citizens and group admins keep their own page. */
export const StaffInsights = () => {
  const { permissions, isPending } = usePermissions<MeRecord | null>();
  // Decided before the import: a citizen's browser never asks for the charts' chunk.
  if (isPending || !permissions || !isStaff(permissions.roles)) return null;
  return (
    <Suspense fallback={null}>
      <InsightsDashboard me={permissions} />
    </Suspense>
  );
};
