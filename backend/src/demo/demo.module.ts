import { Module } from '@nestjs/common';
import { InsightsModule } from '../insights/insights.module.js';
import { LagesbildModule } from '../insights/lagesbild/lagesbild.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [OrganisationsModule, InsightsModule, LagesbildModule], providers: [DemoSeedService] })
export class DemoModule {}
