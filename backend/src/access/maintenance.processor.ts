import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QueueName } from '../jobs/queue-names.js';
import { RefreshTokensService } from './refresh-tokens.service.js';

export const PRUNE_SESSIONS_JOB = 'prune-expired-sessions';

/** Deletes sign-in sessions that can no longer be used, nightly. Idempotent: it may run twice. */
@Processor(QueueName.Maintenance)
@Injectable()
export class MaintenanceProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // A repeatable job with a fixed id is registered once, however many instances start.
    await this.queue.add(PRUNE_SESSIONS_JOB, {}, { repeat: { cron: '17 3 * * *', tz: 'Europe/Stockholm' }, jobId: PRUNE_SESSIONS_JOB });
  }

  @Process(PRUNE_SESSIONS_JOB)
  async pruneExpiredSessions(): Promise<{ removed: number }> {
    const removed = await this.refreshTokens.pruneExpired();
    this.logger.log(`removed ${removed} expired refresh tokens`);
    return { removed };
  }
}
