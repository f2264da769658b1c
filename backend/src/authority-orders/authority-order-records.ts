import type { AuthorityOrderRecord, AuthorityOrderState, AuthorityOrderType, IllegalContentCategory, OrderScopeItem } from '@samverka/shared';

/** An authority_orders row as PostgreSQL returns it. */
export interface AuthorityOrderRow {
  id: string;
  issuing_organisation_id: string | null;
  authority_name: string;
  authority_country: string;
  reference: string;
  legal_basis: string;
  type: AuthorityOrderType;
  category: IllegalContentCategory;
  scope: OrderScopeItem[];
  deadline: Date;
  state: AuthorityOrderState;
  refusal_reason: string | null;
  acknowledged_at: Date | null;
  done_at: Date | null;
  created_by: string | null;
  /** Who moved it to review: the first pair of eyes on an information order. */
  reviewed_by: string | null;
  created_at: Date;
}

export const toOrderRecord = (row: AuthorityOrderRow): AuthorityOrderRecord => ({
  id: row.id,
  issuingOrganisationId: row.issuing_organisation_id,
  authorityName: row.authority_name,
  authorityCountry: row.authority_country,
  reference: row.reference,
  legalBasis: row.legal_basis,
  type: row.type,
  category: row.category,
  scope: row.scope,
  deadline: row.deadline.toISOString(),
  state: row.state,
  refusalReason: row.refusal_reason,
  acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
  doneAt: row.done_at?.toISOString() ?? null,
  createdBy: row.created_by,
  createdAt: row.created_at.toISOString(),
});
