import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bull';
import { QueueName } from '../jobs/queue-names.js';
import { AuditAnchorService } from './audit-anchor.service.js';

export const CHECKPOINT_JOB = 'audit-chain-checkpoint';
export const MAIL_CHECKPOINT_JOB = 'audit-chain-checkpoint-mail';

/** Checkpoints the audit chain's head every hour and mails the latest to the owners every morning. Both idempotent. */
@Processor(QueueName.Audit)
@Injectable()
export class AuditAnchorProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuditAnchorProcessor.name);

  constructor(
    @InjectQueue(QueueName.Audit) private readonly queue: Queue,
    private readonly anchors: AuditAnchorService,
  ) {}

  onApplicationBootstrap(): void {
    // Fixed ids: registered once however many instances start. Not awaited: with Redis down the
    // service still starts, and health says what is wrong.
    const warn = (job: string) => (error: unknown) => this.logger.warn(`could not schedule ${job}: ${String(error)}`);
    this.queue.add(CHECKPOINT_JOB, {}, { repeat: { cron: '5 * * * *' }, jobId: CHECKPOINT_JOB }).catch(warn(CHECKPOINT_JOB));
    this.queue.add(MAIL_CHECKPOINT_JOB, {}, { repeat: { cron: '10 6 * * *', tz: 'Europe/Stockholm' }, jobId: MAIL_CHECKPOINT_JOB }).catch(warn(MAIL_CHECKPOINT_JOB));
  }

  @Process(CHECKPOINT_JOB)
  async checkpoint(): Promise<{ written: boolean; chainSeq: string | null }> {
    const { written, checkpoint } = await this.anchors.checkpoint();
    return { written, chainSeq: checkpoint?.chainSeq ?? null };
  }

  @Process(MAIL_CHECKPOINT_JOB)
  mail(): Promise<{ sent: number }> {
    return this.anchors.mailLatest();
  }
}
