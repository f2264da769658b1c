import { Module } from '@nestjs/common';
import { EmailProcessor } from './email.processor.js';

/** The e-mail worker; imported only by processes that run jobs (SAMVERKA_ROLE worker or all). */
@Module({ providers: [EmailProcessor] })
export class NotifyJobsModule {}
