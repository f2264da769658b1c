import { getQueueToken } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Action, AuditAction, Subject } from '@samverka/shared';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { BoardTickets } from './board-tickets.service.js';
import { BOARD_PATH } from './jobs-board.gate.js';
import { JobsError, JobsErrorCode } from './jobs.errors.js';
import { QueueName } from './queue-names.js';

/**
 * What the platform owner does to failed jobs, each audited. The audit row is written in a
 * transaction that commits only once Redis has done the change, so a refused retry leaves no row.
 * The only Bull-specific code outside jobs.module.ts, for a later move to BullMQ.
 */
const notAllowed = () => new JobsError(JobsErrorCode.NotAllowed, 'only the platform owner manages background jobs');

@Injectable()
export class FailedJobsService {
  constructor(
    private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly audit: AuditService,
    private readonly tickets: BoardTickets,
  ) {}

  /** A single-use ticket that opens the (read-only) queue dashboard; the opening is audited. */
  async openBoard(caller: Caller): Promise<{ url: string; expiresInSeconds: number }> {
    if (!caller.ability.can(Action.Read, Subject.Job)) throw notAllowed();
    const ticket = await this.tickets.issue({ userId: caller.id, sessionId: caller.sessionId });
    await this.db.transaction((manager) => this.audit.record(manager, { actorId: caller.id, action: AuditAction.JobsBoardOpened, subjectType: Subject.Job, requestId: caller.requestId }));
    return { url: `${BOARD_PATH}/?ticket=${ticket}`, expiresInSeconds: this.tickets.ticketSeconds };
  }

  async retry(caller: Caller, queueName: string, jobId: string): Promise<{ queue: string; id: string; state: string }> {
    if (!caller.ability.can(Action.Update, Subject.Job)) throw notAllowed();
    const queue = this.queue(queueName);
    const job = await queue.getJob(jobId);
    if (!job) throw new JobsError(JobsErrorCode.JobNotFound, `id: no job ${jobId} in the ${queueName} queue`);
    if (!(await job.isFailed())) throw new JobsError(JobsErrorCode.JobNotFailed, `id: job ${jobId} has not failed; only failed jobs are retried`);
    await this.db.transaction(async (manager) => {
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.JobRetried,
        subjectType: Subject.Job,
        subjectId: `${queueName}/${jobId}`,
        changes: { state: { before: 'failed', after: 'waiting' } },
        reason: job.failedReason ?? null,
        requestId: caller.requestId,
      });
      await job.retry();
    });
    return { queue: queueName, id: jobId, state: await job.getState() };
  }

  /** Removes every failed job of the queue; the audit row names each one removed. */
  async clean(caller: Caller, queueName: string): Promise<{ queue: string; removed: number }> {
    if (!caller.ability.can(Action.Delete, Subject.Job)) throw notAllowed();
    const queue = this.queue(queueName);
    const failed = await queue.getFailed();
    await this.db.transaction(async (manager) => {
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.FailedJobsCleaned,
        subjectType: Subject.Job,
        subjectId: queueName,
        changes: { failedJobs: { before: failed.map((job) => String(job.id)), after: [] } },
        requestId: caller.requestId,
      });
      for (const job of failed) await job.remove();
    });
    return { queue: queueName, removed: failed.length };
  }

  private queue(name: string): Queue {
    if (!(Object.values(QueueName) as string[]).includes(name)) {
      throw new JobsError(JobsErrorCode.QueueUnknown, `queue: one of ${Object.values(QueueName).join(', ')}`);
    }
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}
