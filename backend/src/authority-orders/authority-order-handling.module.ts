import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { AuthorityOrderActionsController } from './authority-order-actions.controller.js';
import { AuthorityOrderActionsService } from './authority-order-actions.service.js';
import { AuthorityOrderDocumentsController } from './authority-order-documents.controller.js';
import { AuthorityOrderDocumentsService } from './authority-order-documents.service.js';
import { AuthorityOrderDeadlinesService } from './authority-order-deadlines.service.js';
import { AuthorityOrderTargets } from './authority-order-targets.js';
import { AuthorityOrdersModule } from './authority-orders.module.js';

/**
 * Handling orders once filed: acting through holds, interventions and moderation, attached
 * documents and deadlines. Apart from the register's module, which moderation imports for the
 * transparency counts: this one imports moderation.
 */
@Module({
  imports: [AuthorityOrdersModule, IdentityModule, ModerationModule],
  controllers: [AuthorityOrderActionsController, AuthorityOrderDocumentsController],
  providers: [AuthorityOrderActionsService, AuthorityOrderDeadlinesService, AuthorityOrderDocumentsService, AuthorityOrderTargets],
  exports: [AuthorityOrderActionsService, AuthorityOrderDeadlinesService],
})
export class AuthorityOrderHandlingModule {}
