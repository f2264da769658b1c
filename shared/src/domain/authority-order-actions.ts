import type { OrderItemType } from './authority-orders.js';

/** What acting on an order did, through the mechanism that already exists for it. */
export const ORDER_ACTION_KINDS = ['legal_hold', 'intervention', 'moderation_action'] as const;
export type OrderActionKind = (typeof ORDER_ACTION_KINDS)[number];

/** One thing done on an order, linked to the hold, intervention or moderation action it made. */
export interface AuthorityOrderActionRecord {
  id: string;
  kind: OrderActionKind;
  targetType: OrderItemType;
  targetId: string;
  legalHoldId: string | null;
  interventionId: string | null;
  moderationActionId: string | null;
  /** Set when the order kept the statement of reasons from the author until then. */
  statementWithheldUntil: string | null;
  statementWithheldReason: string | null;
  statementSentAt: string | null;
  at: string;
  by: string | null;
}

/** A PDF attached to an order (the order itself, a court decision). */
export interface AuthorityOrderDocumentRecord {
  id: string;
  orderId: string;
  fileName: string | null;
  contentType: string;
  sizeBytes: number;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** How near its deadline an open order is, for the list's `due` filter. */
export const ORDER_DUE_FILTERS = ['soon', 'overdue'] as const;
export type OrderDueFilter = (typeof ORDER_DUE_FILTERS)[number];
/** "Soon" is within this many hours. */
export const ORDER_DUE_SOON_HOURS = 48;
