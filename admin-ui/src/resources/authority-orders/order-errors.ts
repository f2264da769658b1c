import type { TranslateFunction } from 'react-admin';
import { wordedRefusal } from '../../providers/api-error';

/** The order API's refusals the console words itself in the reader's language; others keep the server's message. */
const EXPLAINED: Readonly<Record<string, string>> = {
  illegal_order_transition: 'samverka.orders.errors.transition',
  authority_order_not_found: 'samverka.orders.errors.not_found',
  four_eyes_same_person: 'samverka.orders.errors.four_eyes_same_person',
  order_already_confirmed: 'samverka.orders.errors.order_already_confirmed',
  order_not_in_review: 'samverka.orders.errors.order_not_in_review',
  order_not_confirmed: 'samverka.orders.errors.order_not_confirmed',
  disclosure_already_made: 'samverka.orders.errors.disclosure_already_made',
  disclosure_already_downloaded: 'samverka.orders.errors.disclosure_already_downloaded',
  disclosure_not_found: 'samverka.orders.errors.disclosure_not_found',
  order_has_no_recipient_organisation: 'samverka.orders.errors.order_has_no_recipient_organisation',
  secret_until_in_the_past: 'samverka.orders.errors.secret_until_in_the_past',
  secrecy_needs_date_and_reason: 'samverka.orders.errors.secrecy_needs_date_and_reason',
};

export const orderRefusal = (error: unknown, translate: TranslateFunction): string => wordedRefusal(error, translate, EXPLAINED);

/** An upload's refusal: too large (413) and not a PDF (415) in words, whichever layer refused it. */
export const documentRefusal = (error: unknown, translate: TranslateFunction): string => {
  const status = (error as { status?: number } | undefined)?.status;
  if (status === 413) return translate('samverka.orders.documents.too_large');
  if (status === 415) return translate('samverka.orders.documents.not_pdf');
  return orderRefusal(error, translate);
};
