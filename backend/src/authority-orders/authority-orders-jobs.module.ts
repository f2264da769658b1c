import { Module } from '@nestjs/common';
import { AuthorityOrderHandlingModule } from './authority-order-handling.module.js';
import { AuthorityOrdersProcessor } from './authority-orders.processor.js';

/** The orders' repeating jobs; imported only by processes that run jobs. */
@Module({ imports: [AuthorityOrderHandlingModule], providers: [AuthorityOrdersProcessor] })
export class AuthorityOrdersJobsModule {}
