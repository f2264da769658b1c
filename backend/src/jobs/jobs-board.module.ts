import { createBullBoard } from '@bull-board/api';
import { BullAdapter } from '@bull-board/api/bullAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bull';
import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bull';
import { CallerAbilities } from '../access/caller-abilities.service.js';
import { BoardTickets } from './board-tickets.service.js';
import { FailedJobsService } from './failed-jobs.service.js';
import { BOARD_PATH, jobsBoardGate } from './jobs-board.gate.js';
import { JobsController } from './jobs.controller.js';
import { QueueName } from './queue-names.js';

/**
 * The platform owner's view of the queues: bull-board at /api/jobs/board, every queue read-only,
 * behind a ticket gate; retry and clean are audited API routes. Bull-specific like jobs.module.ts.
 * Mounted here rather than through @bull-board/nestjs: that package is CommonJS and `require`s the
 * ESM-only Nest 12, which Jest on Node < 24.9 cannot load.
 */
@Module({
  controllers: [JobsController],
  providers: [FailedJobsService, BoardTickets],
})
export class JobsBoardModule implements NestModule {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly tickets: BoardTickets,
    private readonly abilities: CallerAbilities,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const board = new ExpressAdapter();
    board.setBasePath(BOARD_PATH);
    createBullBoard({
      queues: Object.values(QueueName).map((name) => new BullAdapter(this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }), { readOnlyMode: true })),
      serverAdapter: board,
    });
    consumer.apply(jobsBoardGate(this.tickets, this.abilities), board.getRouter()).forRoutes('jobs/board');
  }
}
