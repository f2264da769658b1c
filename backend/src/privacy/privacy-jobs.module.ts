import { Module } from '@nestjs/common';
import { PrivacyProcessor } from './privacy.processor.js';

/** Exports, erasures and retention; imported only by processes that run jobs. PrivacyModule is global. */
@Module({ providers: [PrivacyProcessor] })
export class PrivacyJobsModule {}
