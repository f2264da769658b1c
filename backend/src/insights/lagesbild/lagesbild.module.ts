import { Module } from '@nestjs/common';
import { InsightsModule } from '../insights.module.js';
import { LagesbildBuilderService } from './lagesbild-builder.service.js';
import { LagesbildFiguresService } from './lagesbild-figures.service.js';
import { LagesbildController } from './lagesbild.controller.js';
import { LagesbildService } from './lagesbild.service.js';

/** Lägesbild: the monthly report per municipality, built from the dashboards' own queries. */
@Module({
  imports: [InsightsModule],
  controllers: [LagesbildController],
  providers: [LagesbildFiguresService, LagesbildBuilderService, LagesbildService],
  exports: [LagesbildService],
})
export class LagesbildModule {}
