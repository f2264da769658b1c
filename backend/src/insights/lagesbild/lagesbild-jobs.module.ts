import { Module } from '@nestjs/common';
import { LagesbildModule } from './lagesbild.module.js';
import { LagesbildProcessor } from './lagesbild.processor.js';

/** The monthly report job; imported only by processes that run jobs. */
@Module({ imports: [LagesbildModule], providers: [LagesbildProcessor] })
export class LagesbildJobsModule {}
