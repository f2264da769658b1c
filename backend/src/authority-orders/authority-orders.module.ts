import { Module } from '@nestjs/common';
import { AuthorityOrderActionLog } from './authority-order-action-log.js';
import { AuthorityOrderConfirmationsService } from './authority-order-confirmations.service.js';
import { AuthorityOrderCountsService } from './authority-order-counts.service.js';
import { AuthorityOrderDisclosuresController } from './authority-order-disclosures.controller.js';
import { AuthorityOrderDisclosuresService } from './authority-order-disclosures.service.js';
import { AuthorityOrdersController } from './authority-orders.controller.js';
import { AuthorityOrdersService } from './authority-orders.service.js';

/** Orders from authorities (DSA Arts. 9, 10): the register, filing and deciding. */
@Module({
  controllers: [AuthorityOrdersController, AuthorityOrderDisclosuresController],
  providers: [AuthorityOrdersService, AuthorityOrderCountsService, AuthorityOrderConfirmationsService, AuthorityOrderDisclosuresService, AuthorityOrderActionLog],
  exports: [AuthorityOrderCountsService, AuthorityOrdersService],
})
export class AuthorityOrdersModule {}
