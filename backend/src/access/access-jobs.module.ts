import { Module } from '@nestjs/common';
import { MaintenanceProcessor } from './maintenance.processor.js';

/** Session pruning; imported only by processes that run jobs. AccessModule is global. */
@Module({ providers: [MaintenanceProcessor] })
export class AccessJobsModule {}
