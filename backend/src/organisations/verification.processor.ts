import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QueueName } from '../jobs/queue-names.js';
import { BadgeRenewalService } from './badge-renewal.service.js';

export const BADGE_RENEWAL_JOB = 'badge-renewal';

/** Daily: reminds organisation admins 30 and 7 days before expiry, and marks expired badges. */
@Processor(QueueName.Verification)
@Injectable()
export class VerificationProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(VerificationProcessor.name);

  constructor(
    @InjectQueue(QueueName.Verification) private readonly queue: Queue,
    private readonly renewal: BadgeRenewalService,
  ) {}

  onApplicationBootstrap(): void {
    // A repeatable job with a fixed id is registered once however many instances start; not
    // awaited, so the service starts with Redis down.
    this.queue
      .add(BADGE_RENEWAL_JOB, {}, { repeat: { cron: '7 6 * * *', tz: 'Europe/Stockholm' }, jobId: BADGE_RENEWAL_JOB, attempts: 3, backoff: { type: 'exponential', delay: 60_000 } })
      .catch((error: unknown) => this.logger.warn(`could not schedule ${BADGE_RENEWAL_JOB}: ${String(error)}`));
  }

  @Process(BADGE_RENEWAL_JOB)
  async run(): Promise<{ reminded: number; expired: number }> {
    const result = await this.renewal.run();
    this.logger.log(`badge renewal: ${result.reminded} reminded, ${result.expired} expired`);
    return result;
  }
}
