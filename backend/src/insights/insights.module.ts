import { Module } from '@nestjs/common';
import { InsightsController } from './insights.controller.js';
import { InsightsService } from './insights.service.js';
import { RollupsService } from './rollups.service.js';

/**
 * Dashboards. The one context that reads other contexts' tables directly, read-only, as the
 * architecture allows: charts are aggregates across them.
 */
@Module({
  controllers: [InsightsController],
  providers: [InsightsService, RollupsService],
  exports: [RollupsService, InsightsService],
})
export class InsightsModule {}
