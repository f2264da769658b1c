import { Module } from '@nestjs/common';
import { InsightsModule } from './insights.module.js';
import { InsightsProcessor } from './insights.processor.js';

/** The rollup refresh; imported only by processes that run jobs. */
@Module({ imports: [InsightsModule], providers: [InsightsProcessor] })
export class InsightsJobsModule {}
