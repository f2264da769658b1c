import { Injectable } from '@nestjs/common';
import { Action, AuditAction, type AuthorityOrderConfirmationRecord, AuthorityOrderType, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { isConfirmed } from './authority-order-confirmations.js';
import { DisclosureError, DisclosureErrorCode } from './authority-order-disclosures.errors.js';
import { asSubject, AuthorityOrdersService } from './authority-orders.service.js';

interface ConfirmationRow {
  order_id: string;
  reviewed_by: string | null;
  confirmed_by: string | null;
  confirmed_at: Date;
}

const toRecord = (row: ConfirmationRow): AuthorityOrderConfirmationRecord => ({
  orderId: row.order_id,
  reviewedBy: row.reviewed_by,
  confirmedBy: row.confirmed_by,
  confirmedAt: row.confirmed_at.toISOString(),
});

/**
 * Four eyes on information orders about a person (DSA Art. 10): after the platform owner has
 * reviewed one, a second platform owner or a moderator confirms it before its data can be
 * disclosed or the order marked done. Who may confirm is a permission (the shared rules); that the
 * confirmer is neither the reviewer nor the filer is this service's rule.
 */
@Injectable()
export class AuthorityOrderConfirmationsService {
  constructor(
    private readonly db: DataSource,
    private readonly orders: AuthorityOrdersService,
    private readonly audit: AuditService,
  ) {}

  /** Whether and by whom the order was confirmed, for whoever may read the order; 404 while unconfirmed. */
  async get(caller: Caller, id: string): Promise<AuthorityOrderConfirmationRecord> {
    await this.orders.readable(this.db.manager, caller, id, false);
    const [row]: ConfirmationRow[] = await this.db.query(`SELECT * FROM authority_order_confirmations WHERE order_id = $1`, [id]);
    if (!row) throw new DisclosureError(DisclosureErrorCode.ConfirmationNotFound, `Order ${id} has not been confirmed by a second reviewer`);
    return toRecord(row);
  }

  confirm(caller: Caller, id: string): Promise<AuthorityOrderConfirmationRecord> {
    return this.db.transaction(async (manager) => {
      const order = await this.orders.readable(manager, caller, id, true);
      if (order.type !== AuthorityOrderType.ProvideInformation)
        throw new DisclosureError(DisclosureErrorCode.NotAnInformationOrder, 'Only an order to provide information is confirmed by a second reviewer');
      if (!caller.ability.can(Action.Confirm, asSubject(order))) {
        throw new DisclosureError(DisclosureErrorCode.NotAllowed, 'Only a platform owner or a moderator confirms an information order');
      }
      if (await isConfirmed(manager, id)) throw new DisclosureError(DisclosureErrorCode.AlreadyConfirmed, 'The order has been confirmed already');
      if (order.state !== 'in_review') throw new DisclosureError(DisclosureErrorCode.NotInReview, `The order is ${order.state}; it is confirmed once someone has reviewed it (in_review)`);
      if (caller.id === order.reviewed_by) throw new DisclosureError(DisclosureErrorCode.SamePerson, 'You reviewed this order: a second person must confirm it');
      if (caller.id === order.created_by) throw new DisclosureError(DisclosureErrorCode.SamePerson, 'You filed this order: someone else must confirm it');
      const [row]: ConfirmationRow[] = await manager.query(`INSERT INTO authority_order_confirmations (order_id, reviewed_by, confirmed_by) VALUES ($1, $2, $3) RETURNING *`, [
        id,
        order.reviewed_by,
        caller.id,
      ]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AuthorityOrderConfirmed,
        subjectType: Subject.AuthorityOrder,
        subjectId: id,
        changes: { confirmed: { before: false, after: true } },
        requestId: caller.requestId,
      });
      return toRecord(row);
    });
  }
}
