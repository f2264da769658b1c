import { getQueueToken } from '@nestjs/bull';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { DataSource } from 'typeorm';
import { AppConfig } from '../platform/config/app-config.js';
import { QueueName } from './queue-names.js';

const POLL_MS = 500;
const BATCH = 100;
/** Bull waits for Redis forever; the dispatcher gives up on a row after this and tries later. */
const ADD_TIMEOUT_MS = 3_000;

/**
 * Moves committed outbox rows to their Bull queues. Each row becomes a job with the id
 * `outbox-<row id>`, so a row handed over twice (a crash between adding and marking) is still
 * one job. Rows wait in PostgreSQL while Redis is down and go out when it is back.
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly db: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    // API-only processes write outbox rows; the processes that run jobs move them.
    if (!this.config.runsJobs) return;
    this.timer = setInterval(() => void this.dispatchPending().catch((error: unknown) => this.logger.warn(`outbox dispatch failed: ${String(error)}`)), POLL_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Hands every pending row to Bull; returns how many went. Never runs twice at once. */
  dispatchPending(): Promise<number> {
    this.running ??= this.dispatchBatches().finally(() => (this.running = undefined));
    return this.running;
  }

  private async dispatchBatches(): Promise<number> {
    let total = 0;
    for (;;) {
      const sent = await this.dispatchBatch();
      total += sent;
      if (sent < BATCH) return total;
    }
  }

  private dispatchBatch(): Promise<number> {
    return this.db.transaction(async (manager) => {
      // SKIP LOCKED: several instances can dispatch side by side without taking the same rows.
      const rows: { id: string; queue: string; job_name: string; payload: Record<string, unknown> }[] = await manager.query(
        `SELECT id, queue, job_name, payload FROM outbox_jobs WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      const dispatched: string[] = [];
      for (const row of rows) {
        try {
          await withTimeout(this.queue(row.queue).add(row.job_name, row.payload, { jobId: `outbox-${row.id}` }), ADD_TIMEOUT_MS);
          dispatched.push(row.id);
        } catch (error) {
          await manager.query(`UPDATE outbox_jobs SET dispatch_attempts = dispatch_attempts + 1, last_error = $2 WHERE id = $1`, [row.id, String(error)]);
          break;
        }
      }
      if (dispatched.length > 0) {
        await manager.query(`UPDATE outbox_jobs SET dispatched_at = now(), dispatch_attempts = dispatch_attempts + 1 WHERE id = ANY($1::bigint[])`, [dispatched]);
      }
      return dispatched.length === rows.length ? dispatched.length : 0;
    });
  }

  private queue(name: string): Queue {
    if (!(Object.values(QueueName) as string[]).includes(name)) throw new Error(`unknown queue ${name}`);
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([promise, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms)))]);
  } finally {
    clearTimeout(timer);
  }
}
