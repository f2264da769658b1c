import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { UsersService } from '../identity/users/users.service.js';
import { QueueName } from '../jobs/queue-names.js';
import { CasesService } from './cases.service.js';
import { QueueCounts } from './queue-counts.js';

export const ESCALATE_OVERDUE_JOB = 'escalate-overdue-cases';
export const LIFT_SUSPENSIONS_JOB = 'lift-expired-suspensions';
export const FOLD_QUEUE_COUNTS_JOB = 'fold-queue-counts';

/** Repeating moderation housekeeping; every job is idempotent. */
@Processor(QueueName.Moderation)
@Injectable()
export class ModerationProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(ModerationProcessor.name);

  constructor(
    @InjectQueue(QueueName.Moderation) private readonly queue: Queue,
    private readonly cases: CasesService,
    private readonly users: UsersService,
    private readonly counts: QueueCounts,
  ) {}

  onApplicationBootstrap(): void {
    for (const [name, every] of [
      [ESCALATE_OVERDUE_JOB, 15 * 60_000],
      [LIFT_SUSPENSIONS_JOB, 10 * 60_000],
      [FOLD_QUEUE_COUNTS_JOB, 30_000],
    ] as const) {
      this.queue.add(name, {}, { repeat: { every }, jobId: name }).catch((error: unknown) => this.logger.warn(`could not schedule ${name}: ${String(error)}`));
    }
  }

  @Process(ESCALATE_OVERDUE_JOB)
  async escalateOverdue(): Promise<{ escalated: number }> {
    return { escalated: await this.cases.escalateOverdue() };
  }

  /** Keeps the queue totals one row per queue, so reading them stays a handful of rows. */
  @Process(FOLD_QUEUE_COUNTS_JOB)
  async foldQueueCounts(): Promise<void> {
    await this.counts.fold();
  }

  @Process(LIFT_SUSPENSIONS_JOB)
  async liftSuspensions(): Promise<{ lifted: number }> {
    return { lifted: await this.users.liftExpiredSuspensions() };
  }
}
