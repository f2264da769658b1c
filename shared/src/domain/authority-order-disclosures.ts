import type { OrderScopeItem } from './authority-orders.js';

/** The second pair of eyes on an information order: who reviewed it and who confirmed it, when. */
export interface AuthorityOrderConfirmationRecord {
  orderId: string;
  reviewedBy: string | null;
  confirmedBy: string | null;
  confirmedAt: string;
}

/** What a disclosure may hold, for the person's own export and the record of processing. */
export const DISCLOSURE_CATEGORIES = ['posts', 'group_messages', 'account_data'] as const;
export type DisclosureCategory = (typeof DISCLOSURE_CATEGORIES)[number];

/**
 * A disclosure to an authority: the one-time export of exactly what an information order named.
 * The record carries ids and categories only, never the data itself.
 */
export interface AuthorityOrderDisclosureRecord {
  id: string;
  orderId: string;
  recipientOrganisationId: string;
  /** The people the disclosed data is about. */
  subjectIds: string[];
  categories: DisclosureCategory[];
  given: OrderScopeItem[];
  notFound: OrderScopeItem[];
  /** Until when the people concerned must not be told (their access export leaves it out until then). */
  secretUntil: string | null;
  secrecyReason: string | null;
  producedAt: string;
  downloadedAt: string | null;
}
