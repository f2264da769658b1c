import type { ReactNode } from 'react';
import { Navigate, useLocation, usePermissions } from 'react-admin';
import type { MeRecord } from '@samverka/shared';
import { isRestricted, OPEN_WHILE_SUSPENDED, SUSPENSION_PATH } from './restricted-session';

/**
 * Around every page in the layout: a restricted (suspended) session reaches the suspension page,
 * the notifications and its own data; any other address, a deep link included, leads to the
 * suspension page before the page it names loads or asks the API anything.
 */
export const RestrictedSessionGate = ({ children }: { children: ReactNode }) => {
  const { permissions, isPending } = usePermissions<MeRecord | null>();
  const { pathname } = useLocation();
  if (isPending) return null;
  if (isRestricted(permissions) && !OPEN_WHILE_SUSPENDED.includes(pathname)) return <Navigate to={SUSPENSION_PATH} replace />;
  return <>{children}</>;
};
