import { Module } from '@nestjs/common';
import { AuthorityOrderActionLog } from './authority-order-action-log.js';
import { AuthorityOrderCountsService } from './authority-order-counts.service.js';
import { AuthorityOrdersController } from './authority-orders.controller.js';
import { AuthorityOrdersService } from './authority-orders.service.js';

/** Orders from authorities (DSA Arts. 9, 10): the register, filing and deciding. */
@Module({
  controllers: [AuthorityOrdersController],
  providers: [AuthorityOrdersService, AuthorityOrderCountsService, AuthorityOrderActionLog],
  exports: [AuthorityOrderCountsService, AuthorityOrdersService],
})
export class AuthorityOrdersModule {}
