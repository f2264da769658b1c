import { BullModule } from '@nestjs/bull';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import { QueueName } from './queue-names.js';

/** Bull on Redis. Jobs retry with backoff and keep their failures for inspection. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        url: config.redisUrl,
        prefix: config.queuePrefix,
        defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 5_000 }, removeOnComplete: 1000, removeOnFail: false },
      }),
    }),
    BullModule.registerQueue({ name: QueueName.Maintenance }),
  ],
  exports: [BullModule],
})
export class JobsModule {}
