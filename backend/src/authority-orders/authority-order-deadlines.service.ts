import { Injectable } from '@nestjs/common';
import { AuditAction, type AuthorityOrderState, type Language, readableDateTime, Role, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { NotifyService } from '../notify/notify.service.js';
import { AppConfig } from '../platform/config/app-config.js';

/** The state of an open order as the owner reads it in the alert. */
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
}

/**
 * Overdue orders: each one not done or refused by its deadline alerts every platform owner once,
 * by e-mail through the outbox, in the owner's language with the deadline on the Stockholm clock.
 * The mark that it was alerted is set in the transaction that queues the e-mails, so a second
 * run, or a second worker, sends nothing more.
 */
@Injectable()
export class AuthorityOrderDeadlinesService {
  constructor(
    private readonly db: DataSource,
    private readonly notify: NotifyService,
    private readonly audit: AuditService,
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
          RETURNING id, reference, authority_name, deadline, state`,
      );
      if (orders.length === 0) return 0;
      const owners: { id: string; email: string; language: string | null }[] = await manager.query(`SELECT id, email, language FROM users WHERE $1 = ANY(roles) AND status = 'active' ORDER BY id`, [
        Role.PlatformOwner,
      ]);
      for (const order of orders) {
        for (const owner of owners) {
          const language: Language = owner.language === 'en' ? 'en' : 'sv';
          await this.notify.email(manager, {
            to: owner.email,
            userId: owner.id,
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
          reason: `due ${order.deadline.toISOString()}, still ${order.state}; ${owners.length} platform owner(s) e-mailed`,
          requestId: 'job:authority-orders',
        });
      }
      return orders.length;
    });
  }
}
