import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import { OutboxDispatcher } from './outbox-dispatcher.service.js';
import { OutboxService } from './outbox.service.js';
import { QueueName } from './queue-names.js';

/** Bull on Redis, fed by the transactional outbox. Jobs retry with backoff and keep failures. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        url: config.redisUrl,
        prefix: config.queuePrefix,
        // A killed worker's job is taken over by another once its lock runs out.
        settings: { lockDuration: config.jobLockSeconds * 1000, stalledInterval: config.jobLockSeconds * 1000 },
        defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 1000, removeOnFail: false },
      }),
    }),
    BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
  ],
  providers: [OutboxService, OutboxDispatcher],
  exports: [BullModule, OutboxService, OutboxDispatcher],
})
export class JobsModule {}
