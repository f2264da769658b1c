import { Injectable } from '@nestjs/common';
import type { AuthorityOrderActionRecord, OrderActionKind, OrderItemType } from '@samverka/shared';
import { DataSource } from 'typeorm';

/** An authority_order_actions row as PostgreSQL returns it. */
export interface ActionRow {
  id: string;
  kind: OrderActionKind;
  target_type: OrderItemType;
  target_id: string;
  legal_hold_id: string | null;
  intervention_id: string | null;
  moderation_action_id: string | null;
  statement_withheld_until: Date | null;
  statement_withheld_reason: string | null;
  statement_sent_at: Date | null;
  acted_by: string | null;
  acted_at: Date;
}

export const toActionRecord = (row: ActionRow): AuthorityOrderActionRecord => ({
  id: row.id,
  kind: row.kind,
  targetType: row.target_type,
  targetId: row.target_id,
  legalHoldId: row.legal_hold_id,
  interventionId: row.intervention_id,
  moderationActionId: row.moderation_action_id,
  statementWithheldUntil: row.statement_withheld_until?.toISOString() ?? null,
  statementWithheldReason: row.statement_withheld_reason,
  statementSentAt: row.statement_sent_at?.toISOString() ?? null,
  at: row.acted_at.toISOString(),
  by: row.acted_by,
});

/** What was done on an order, for its record: each hold, intervention and moderation action it made. */
@Injectable()
export class AuthorityOrderActionLog {
  constructor(private readonly db: DataSource) {}

  async of(orderId: string): Promise<AuthorityOrderActionRecord[]> {
    const rows: ActionRow[] = await this.db.query(`SELECT * FROM authority_order_actions WHERE order_id = $1 ORDER BY acted_at, id`, [orderId]);
    return rows.map(toActionRecord);
  }
}
