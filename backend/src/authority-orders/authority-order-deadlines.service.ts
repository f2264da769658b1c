import { Injectable } from '@nestjs/common';
import { Action, AuditAction, type AuthorityOrderState, type AuthorityOrderType, type Language, readableDateTime, recordOf, rolesAllowedTo, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { NotifyService } from '../notify/notify.service.js';
import { AppConfig } from '../platform/config/app-config.js';

/** The state of an open order as the one alerted reads it in the alert. */
const STATE_WORDS: Record<Language, Partial<Record<AuthorityOrderState, string>>> = {
  sv: { received: 'mottaget men inte bekräftat', acknowledged: 'bekräftat men inte verkställt', in_review: 'under prövning' },
  en: { received: 'received but not acknowledged', acknowledged: 'acknowledged but not carried out', in_review: 'in review' },
};

interface OverdueRow {
  id: string;
  reference: string;
  authority_name: string;
  deadline: Date;
  state: AuthorityOrderState;
  issuing_organisation_id: string | null;
  type: AuthorityOrderType;
}

/**
 * Overdue orders: each one not done or refused by its deadline alerts, once, everyone whose role
 * the shared rules let decide it (the platform owners; moderators too for an order against
 * content), by e-mail through the outbox, in their language with the deadline on the Stockholm clock.
 * The mark that it was alerted is set in the transaction that queues the e-mails, so a second
 * run, or a second worker, sends nothing more.
 */
@Injectable()
export class AuthorityOrderDeadlinesService {
  constructor(
    private readonly db: DataSource,
    private readonly notify: NotifyService,
    private readonly audit: AuditService,
    private readonly users: UsersRepository,
    private readonly config: AppConfig,
  ) {}

  alertOverdue(): Promise<number> {
    return this.db.transaction(async (manager) => {
      // TypeORM answers an UPDATE with [rows, count].
      const [orders]: [OverdueRow[], number] = await manager.query(
        `UPDATE authority_orders SET overdue_alerted_at = now()
          WHERE id IN (SELECT id FROM authority_orders
                        WHERE deadline < now() AND overdue_alerted_at IS NULL AND state NOT IN ('done', 'refused')
                        ORDER BY deadline LIMIT 500 FOR UPDATE SKIP LOCKED)
          RETURNING id, reference, authority_name, deadline, state, issuing_organisation_id, type`,
      );
      if (orders.length === 0) return 0;
      // The same few role sets recur across orders: ask the database once for each.
      const recipientsByRoles = new Map<string, Promise<{ id: string; email: string; language: string | null }[]>>();
      const recipientsOf = (order: OverdueRow) => {
        const roles = rolesAllowedTo(Action.Decide, recordOf(Subject.AuthorityOrder, { issuingOrganisationId: order.issuing_organisation_id, type: order.type }));
        const key = roles.join(',');
        if (!recipientsByRoles.has(key)) recipientsByRoles.set(key, this.users.activeWithRoles(manager, roles));
        return recipientsByRoles.get(key)!;
      };
      for (const order of orders) {
        const recipients = await recipientsOf(order);
        for (const recipient of recipients) {
          const language: Language = recipient.language === 'en' ? 'en' : 'sv';
          await this.notify.email(manager, {
            to: recipient.email,
            userId: recipient.id,
            template: 'authority-order-overdue',
            language,
            params: {
              reference: order.reference,
              authority: order.authority_name,
              deadline: readableDateTime(order.deadline, language),
              state: STATE_WORDS[language][order.state] ?? order.state,
              link: `${this.config.publicUrl}/#/authority-orders/${order.id}/show`,
            },
          });
        }
        await this.audit.record(manager, {
          actorId: null,
          action: AuditAction.AuthorityOrderOverdueAlerted,
          subjectType: Subject.AuthorityOrder,
          subjectId: order.id,
          reason: `due ${order.deadline.toISOString()}, still ${order.state}; ${recipients.length} decider(s) e-mailed`,
          requestId: 'job:authority-orders',
        });
      }
      return orders.length;
    });
  }
}
