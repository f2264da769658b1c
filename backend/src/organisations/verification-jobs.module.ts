import { Module } from '@nestjs/common';
import { VerificationProcessor } from './verification.processor.js';

/** Badge renewal reminders; imported only by processes that run jobs. OrganisationsModule is global. */
@Module({ providers: [VerificationProcessor] })
export class VerificationJobsModule {}
