import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { ModerationProcessor } from './moderation.processor.js';
import { ModerationModule } from './moderation.module.js';

/** Moderation's timeouts and counter repair; imported only by processes that run jobs. */
@Module({ imports: [ModerationModule, IdentityModule], providers: [ModerationProcessor] })
export class ModerationJobsModule {}
