import { InjectQueue } from '@nestjs/bull';
import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bull';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../access/policy.decorator.js';
import { QueueName } from '../../jobs/queue-names.js';

const TIMEOUT_MS = 2_000;

class DependencyHealth {
  @ApiProperty({ enum: ['up', 'down'] }) status: 'up' | 'down';
  @ApiProperty({ required: false }) message?: string;
}

class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status: 'ok' | 'error';
  @ApiProperty({ type: DependencyHealth }) postgresql: DependencyHealth;
  @ApiProperty({ type: DependencyHealth }) redis: DependencyHealth;
}

async function probe(check: () => Promise<unknown>): Promise<DependencyHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** PostgreSQL and Redis, each reported on its own; 503 names the one that is down. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: DataSource,
    @InjectQueue(QueueName.Maintenance) private readonly queue: Queue,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'At least one dependency is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto & { message?: string }> {
    const [postgresql, redis] = await Promise.all([probe(() => this.db.query('SELECT 1')), probe(() => this.queue.client.ping())]);
    const down = [postgresql.status === 'down' && 'postgresql', redis.status === 'down' && 'redis'].filter(Boolean);
    if (down.length === 0) return { status: 'ok', postgresql, redis };
    response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'error', message: `${down.join(' and ')} ${down.length > 1 ? 'are' : 'is'} down`, postgresql, redis };
  }
}
