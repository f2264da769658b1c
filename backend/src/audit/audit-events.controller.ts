import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Action, type AuditEventRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { SequenceParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { AuditEventsService } from './audit-events.service.js';
import { AUDIT_EVENTS_LIST, type AuditEventFilterDto, AuditEventRecordDto } from './dto/audit-event.dto.js';

/** Read-only: the log has no create, update or delete route, and the database refuses them too. */
@ApiTags('audit')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @Allow(Action.Read, Subject.AuditEvent)
  @ListEndpoint(AUDIT_EVENTS_LIST, AuditEventRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(AUDIT_EVENTS_LIST) query: ListQuery<AuditEventFilterDto>): Promise<Page<AuditEventRecord>> {
    return this.events.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.AuditEvent)
  @ApiOkResponse({ type: AuditEventRecordDto })
  get(@CurrentCaller() caller: Caller, @SequenceParam() id: string): Promise<AuditEventRecord> {
    return this.events.get(caller, id);
  }
}
