import { useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { orderRefusal } from './order-errors';

/**
 * The ActionButton props every action on an order shares: the route's resource, the record the
 * rules are asked about, the refusal in words, and `changed` called whether it worked or not
 * (a refusal often means someone else moved first: the page reloads what it shows).
 */
export function useOrderAction(order: AuthorityOrderRecord | undefined, changed: () => void) {
  const translate = useTranslate();
  return {
    resource: 'authority-orders',
    accessRecord: { issuingOrganisationId: order?.issuingOrganisationId, type: order?.type },
    describeError: (error: unknown) => {
      changed();
      return orderRefusal(error, translate);
    },
    onDone: changed,
  };
}
