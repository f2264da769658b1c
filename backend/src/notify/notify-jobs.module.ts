import { Module } from '@nestjs/common';
import { KeysModule } from '../platform/keys/keys.module.js';
import { EmailProcessor } from './email.processor.js';

/** The e-mail worker; imported only by processes that run jobs (SAMVERKA_ROLE worker or all). */
@Module({ imports: [KeysModule], providers: [EmailProcessor] })
export class NotifyJobsModule {}
