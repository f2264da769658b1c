import { BadRequestException, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { FailedJobsService } from './failed-jobs.service.js';

/** Bull job ids: `outbox-<n>`, numbers, or a repeatable job's `repeat:<hash>:<time>`. */
const JobIdParam = () =>
  Param('id', {
    transform(value: string) {
      if (!/^[\w:.-]{1,200}$/.test(value)) throw new BadRequestException('id must be a job id (letters, digits, _ : . -)');
      return value;
    },
  });

class BoardTicketDto {
  @ApiProperty({ description: 'open this address (once, within the minute) to see the dashboard' }) url: string;
  @ApiProperty() expiresInSeconds: number;
}

class RetriedJobDto {
  @ApiProperty() queue: string;
  @ApiProperty() id: string;
  @ApiProperty() state: string;
}

class CleanedJobsDto {
  @ApiProperty() queue: string;
  @ApiProperty() removed: number;
}

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly failedJobs: FailedJobsService) {}

  @Post('board-ticket')
  @HttpCode(200)
  @Allow(Action.Read, Subject.Job)
  @ApiOperation({ summary: 'A single-use ticket to open the read-only queue dashboard at /api/jobs/board' })
  @ApiOkResponse({ type: BoardTicketDto })
  boardTicket(@CurrentCaller() caller: Caller): Promise<BoardTicketDto> {
    return this.failedJobs.openBoard(caller);
  }

  @Post(':queue/failed/:id/retry')
  @HttpCode(200)
  @Allow(Action.Update, Subject.Job)
  @ApiOperation({ summary: 'Retry a failed job (audited)' })
  @ApiOkResponse({ type: RetriedJobDto })
  retry(@CurrentCaller() caller: Caller, @Param('queue') queue: string, @JobIdParam() id: string): Promise<RetriedJobDto> {
    return this.failedJobs.retry(caller, queue, id);
  }

  @Post(':queue/failed/clean')
  @HttpCode(200)
  @Allow(Action.Delete, Subject.Job)
  @ApiOperation({ summary: 'Remove every failed job of a queue (audited, naming each)' })
  @ApiOkResponse({ type: CleanedJobsDto })
  clean(@CurrentCaller() caller: Caller, @Param('queue') queue: string): Promise<CleanedJobsDto> {
    return this.failedJobs.clean(caller, queue);
  }
}
