import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { QueueName } from '../jobs/queue-names.js';
import { ErasureService, FINALISE_ERASURE_JOB } from './erasure.service.js';
import { ExportService } from './export.service.js';
import { BUILD_EXPORT_JOB } from './requests.service.js';
import { RetentionService } from './retention.service.js';

export const ERASE_DUE_JOB = 'erase-due';
export const APPLY_RETENTION_JOB = 'apply-retention';

/** Privacy jobs; every one is idempotent and delegates to its service. */
@Processor(QueueName.Privacy)
@Injectable()
export class PrivacyProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger(PrivacyProcessor.name);

  constructor(
    @InjectQueue(QueueName.Privacy) private readonly queue: Queue,
    private readonly exports: ExportService,
    private readonly erasure: ErasureService,
    private readonly retention: RetentionService,
  ) {}

  onApplicationBootstrap(): void {
    for (const [name, every] of [
      [ERASE_DUE_JOB, 10 * 60_000],
      [APPLY_RETENTION_JOB, 24 * 60 * 60_000],
    ] as const) {
      this.queue.add(name, {}, { repeat: { every }, jobId: name }).catch((error: unknown) => this.logger.warn(`could not schedule ${name}: ${String(error)}`));
    }
  }

  @Process(BUILD_EXPORT_JOB)
  buildExport(job: Job<{ requestId: string }>): Promise<{ fileId: string | null }> {
    return this.exports.build(job.data.requestId, async (done, of) => void (await job.progress(Math.round((100 * done) / of))));
  }

  @Process(ERASE_DUE_JOB)
  async eraseDue(): Promise<{ started: number }> {
    return { started: await this.erasure.runDue() };
  }

  @Process(FINALISE_ERASURE_JOB)
  async finalise(job: Job<{ requestId: string }>): Promise<{ clean: boolean | null }> {
    const result = await this.erasure.finalise(job.data.requestId);
    return { clean: result?.clean ?? null };
  }

  @Process(APPLY_RETENTION_JOB)
  applyRetention(): Promise<Record<string, number>> {
    return this.retention.apply();
  }
}
