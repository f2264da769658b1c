import { lazy, Suspense } from 'react';

// Charts and the map are a third of the console's weight: load them only on the home page.
const LazyStaffInsights = lazy(() => import('./StaffInsights').then((module) => ({ default: module.StaffInsights })));

export const StaffInsights = () => (
  <Suspense fallback={null}>
    <LazyStaffInsights />
  </Suspense>
);
