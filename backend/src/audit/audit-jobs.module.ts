import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module.js';
import { AuditAnchorProcessor } from './audit-anchor.processor.js';
import { AuditAnchorService } from './audit-anchor.service.js';

/** The audit chain's checkpoints outside the database; imported only by processes that run jobs. */
@Module({ imports: [IdentityModule], providers: [AuditAnchorService, AuditAnchorProcessor] })
export class AuditJobsModule {}
