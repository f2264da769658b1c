import { useRecordContext } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';

/** An order as people name it: by the authority's reference. */
export const OrderReference = () => {
  const order = useRecordContext<AuthorityOrderRecord>();
  return <>{order?.reference ?? ''}</>;
};
