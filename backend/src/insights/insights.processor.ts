import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QueueName } from '../jobs/queue-names.js';
import { RollupsService } from './rollups.service.js';

export const REFRESH_ROLLUPS_JOB = 'refresh-rollups';

/** Keeps the dashboards a minute behind the posts at most. */
@Processor(QueueName.Insights)
@Injectable()
export class InsightsProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(InsightsProcessor.name);

  constructor(
    @InjectQueue(QueueName.Insights) private readonly queue: Queue,
    private readonly rollups: RollupsService,
  ) {}

  onApplicationBootstrap(): void {
    const warn = (error: unknown) => this.logger.warn(`could not schedule ${REFRESH_ROLLUPS_JOB}: ${String(error)}`);
    this.queue.add(REFRESH_ROLLUPS_JOB, {}, { repeat: { every: 60_000 }, jobId: REFRESH_ROLLUPS_JOB }).catch(warn);
    // Once at start as well, so dashboards are current right away rather than after a minute.
    this.queue.add(REFRESH_ROLLUPS_JOB, {}, { removeOnComplete: true }).catch(warn);
  }

  @Process(REFRESH_ROLLUPS_JOB)
  refresh(): Promise<{ days: number }> {
    return this.rollups.refresh();
  }
}
