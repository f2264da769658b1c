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

  onApplicationBootstrap(): void {
    // A repeatable job with a fixed id is registered once, however many instances start. Not
    // awaited: with Redis down the service still starts, and health says what is wrong.
    this.queue
      .add(PRUNE_SESSIONS_JOB, {}, { repeat: { cron: '17 3 * * *', tz: 'Europe/Stockholm' }, jobId: PRUNE_SESSIONS_JOB })
      .catch((error: unknown) => this.logger.warn(`could not schedule ${PRUNE_SESSIONS_JOB}: ${String(error)}`));
  }

  @Process(PRUNE_SESSIONS_JOB)
  async pruneExpiredSessions(): Promise<{ removed: number }> {
    const removed = await this.refreshTokens.pruneExpired();
    this.logger.log(`removed ${removed} expired refresh tokens`);
    return { removed };
  }
}
