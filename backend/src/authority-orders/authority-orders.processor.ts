import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QueueName } from '../jobs/queue-names.js';
import { AuthorityOrderActionsService } from './authority-order-actions.service.js';
import { AuthorityOrderDeadlinesService } from './authority-order-deadlines.service.js';

export const SEND_WITHHELD_STATEMENTS_JOB = 'send-withheld-statements';
export const ALERT_OVERDUE_ORDERS_JOB = 'alert-overdue-orders';

/** Repeating work on orders from authorities; both jobs are idempotent (a second run sends nothing more). */
@Processor(QueueName.AuthorityOrders)
@Injectable()
export class AuthorityOrdersProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthorityOrdersProcessor.name);

  constructor(
    @InjectQueue(QueueName.AuthorityOrders) private readonly queue: Queue,
    private readonly actions: AuthorityOrderActionsService,
    private readonly deadlines: AuthorityOrderDeadlinesService,
  ) {}

  onApplicationBootstrap(): void {
    for (const [name, every] of [
      [SEND_WITHHELD_STATEMENTS_JOB, 15 * 60_000],
      [ALERT_OVERDUE_ORDERS_JOB, 15 * 60_000],
    ] as const) {
      this.queue
        .add(name, {}, { repeat: { every }, jobId: name, attempts: 3, backoff: { type: 'exponential', delay: 30_000 } })
        .catch((error: unknown) => this.logger.warn(`could not schedule ${name}: ${String(error)}`));
    }
  }

  @Process(SEND_WITHHELD_STATEMENTS_JOB)
  async sendWithheldStatements(): Promise<{ sent: number }> {
    return { sent: await this.actions.sendDueStatements() };
  }

  @Process(ALERT_OVERDUE_ORDERS_JOB)
  async alertOverdue(): Promise<{ alerted: number }> {
    return { alerted: await this.deadlines.alertOverdue() };
  }
}
