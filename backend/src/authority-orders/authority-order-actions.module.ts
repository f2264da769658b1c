import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation/moderation.module.js';
import { AuthorityOrderActionsController } from './authority-order-actions.controller.js';
import { AuthorityOrderActionsService } from './authority-order-actions.service.js';
import { AuthorityOrderTargets } from './authority-order-targets.js';
import { AuthorityOrdersModule } from './authority-orders.module.js';

/**
 * Acting on orders through holds, interventions and moderation. Apart from the register's module,
 * which moderation imports for the transparency counts: this one imports moderation.
 */
@Module({
  imports: [AuthorityOrdersModule, ModerationModule],
  controllers: [AuthorityOrderActionsController],
  providers: [AuthorityOrderActionsService, AuthorityOrderTargets],
  exports: [AuthorityOrderActionsService],
})
export class AuthorityOrderActionsModule {}
