import { Module } from '@nestjs/common';
import { ContentModule } from '../content/content.module.js';
import { IdentityModule } from '../identity/identity.module.js';
import { AppealsController } from './appeals.controller.js';
import { AppealsService } from './appeals.service.js';
import { CasesService } from './cases.service.js';
import { DecisionsService } from './decisions.service.js';
import { ModerationCasesController } from './moderation-cases.controller.js';
import { NoticesController } from './notices.controller.js';
import { IntakeStatements } from './intake-statements.js';
import { NoticesService } from './notices.service.js';
import { PostRemovalsController } from './post-removals.controller.js';
import { PostRemovals } from './post-removals.service.js';
import { QueueCounts } from './queue-counts.js';
import { QueuePage } from './queue-page.js';
import { ReportedItems } from './reported-items.js';
import { ReporterStanding } from './reporter-standing.service.js';
import { TransparencyController } from './transparency.controller.js';
import { TransparencyService } from './transparency.service.js';
import { AuthorityOrdersModule } from '../authority-orders/authority-orders.module.js';

@Module({
  imports: [ContentModule, IdentityModule, AuthorityOrdersModule],
  controllers: [NoticesController, ModerationCasesController, AppealsController, TransparencyController, PostRemovalsController],
  providers: [AppealsService, CasesService, DecisionsService, IntakeStatements, NoticesService, PostRemovals, QueueCounts, QueuePage, ReportedItems, ReporterStanding, TransparencyService],
  exports: [CasesService, DecisionsService, QueueCounts],
})
export class ModerationModule {}
