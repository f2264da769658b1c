import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { QueueName } from './queue-names.js';

/**
 * Enqueues work durably: the job row commits with the change that calls for it, so neither is
 * lost if the process or Redis dies in between. The dispatcher hands rows to Bull afterwards.
 */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, queue: QueueName, jobName: string, payload: Record<string, unknown>): Promise<void> {
    await manager.query(`INSERT INTO outbox_jobs (queue, job_name, payload) VALUES ($1, $2, $3)`, [queue, jobName, JSON.stringify(payload)]);
  }
}
