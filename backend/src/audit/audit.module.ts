import { Global, Module } from '@nestjs/common';
import { AuditChainController } from './audit-chain.controller.js';
import { AuditEventsController } from './audit-events.controller.js';
import { AuditEventsService } from './audit-events.service.js';
import { AuditService } from './audit.service.js';

/** Every context records staff actions, so the writer is available everywhere; a context that shows a record's trail reads it through AuditEventsService. */
@Global()
@Module({
  controllers: [AuditEventsController, AuditChainController],
  providers: [AuditService, AuditEventsService],
  exports: [AuditService, AuditEventsService],
})
export class AuditModule {}
