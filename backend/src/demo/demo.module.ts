import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { DemoSeedService } from './demo-seed.service.js';

@Module({ imports: [OrganisationsModule], providers: [DemoSeedService] })
export class DemoModule {}
