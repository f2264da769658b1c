import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { swedishDay } from '@samverka/shared';
import type { Queue } from 'bull';
import { QueueName } from '../../jobs/queue-names.js';
import { Clock } from '../../platform/clock/clock.js';
import { monthBefore } from './lagesbild-periods.js';
import { LagesbildService } from './lagesbild.service.js';

export const MONTHLY_LAGESBILD_JOB = 'monthly-lagesbild';

/**
 * On the first day of each month (Stockholm time), every municipality's report of the month
 * before, in Swedish and English. Idempotent: a report that exists is not made again, so a retry
 * or a second run makes only what is missing.
 */
@Processor(QueueName.Lagesbild)
@Injectable()
export class LagesbildProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(LagesbildProcessor.name);

  constructor(
    @InjectQueue(QueueName.Lagesbild) private readonly queue: Queue,
    private readonly reports: LagesbildService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    // After the night's rollups; a fixed id registers it once however many instances start.
    this.queue
      .add(MONTHLY_LAGESBILD_JOB, {}, { repeat: { cron: '30 2 1 * *', tz: 'Europe/Stockholm' }, jobId: MONTHLY_LAGESBILD_JOB, attempts: 3, backoff: { type: 'exponential', delay: 60_000 } })
      .catch((error: unknown) => this.logger.warn(`could not schedule ${MONTHLY_LAGESBILD_JOB}: ${String(error)}`));
  }

  @Process(MONTHLY_LAGESBILD_JOB)
  async run(): Promise<{ made: number }> {
    const period = monthBefore(swedishDay(this.clock.now()));
    const made = await this.reports.makeMonthlyForAll(period);
    this.logger.log(`lägesbild ${period.from}–${period.to}: ${made} reports made`);
    return { made };
  }
}
