import type { TranslateFunction } from 'react-admin';
import { wordedRefusal } from '../../providers/api-error';

/** The order API's refusals the console words itself in the reader's language; others keep the server's message. */
const EXPLAINED: Readonly<Record<string, string>> = {
  illegal_order_transition: 'samverka.orders.errors.transition',
  authority_order_not_found: 'samverka.orders.errors.not_found',
};

export const orderRefusal = (error: unknown, translate: TranslateFunction): string => wordedRefusal(error, translate, EXPLAINED);
