import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type InterventionRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { CloseInterventionDto, INTERVENTIONS_LIST, type InterventionFilterDto, InterventionDto, OpenInterventionDto, OptionalReasonDto } from './dto/group-admin.dto.js';
import { GroupAdminListsService, toInterventionRecord } from './group-admin-lists.service.js';
import { type InterventionMeasure, InterventionsService } from './interventions.service.js';

@ApiTags('groups')
@Controller('group-interventions')
export class GroupInterventionsController {
  constructor(
    private readonly lists: GroupAdminListsService,
    private readonly interventions: InterventionsService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.GroupIntervention)
  @ListEndpoint(INTERVENTIONS_LIST, InterventionDto)
  list(@CurrentCaller() caller: Caller, @ListParams(INTERVENTIONS_LIST) query: ListQuery<InterventionFilterDto>): Promise<Page<InterventionRecord>> {
    return this.lists.interventions(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.GroupIntervention)
  @ApiOkResponse({ type: InterventionDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<InterventionRecord> {
    return this.lists.one((c, q) => this.lists.interventions(c, q), caller, id);
  }

  @Post()
  @Allow(Action.Create, Subject.GroupIntervention)
  @ApiOperation({ summary: 'Open an intervention on a locked group, with a ground and a reason' })
  @ApiCreatedResponse({ type: InterventionDto })
  async open(@CurrentCaller() caller: Caller, @Body() dto: OpenInterventionDto): Promise<InterventionRecord> {
    return toInterventionRecord(await this.interventions.open(caller, dto.groupId, dto.ground, dto.reason));
  }

  @Post(':id/close')
  @Allow(Action.Update, Subject.GroupIntervention)
  @ApiOperation({ summary: 'Close the intervention with its outcome; lifts any freeze or lock' })
  @ApiCreatedResponse({ type: InterventionDto })
  async close(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: CloseInterventionDto): Promise<InterventionRecord> {
    return toInterventionRecord(await this.interventions.close(caller, id, dto.outcome));
  }

  @Post(':id/freeze')
  @Allow(Action.Update, Subject.GroupIntervention)
  @ApiOperation({ summary: 'Stop all posting in the group while the intervention lasts' })
  @ApiCreatedResponse({ type: InterventionDto })
  freeze(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: OptionalReasonDto): Promise<InterventionRecord> {
    return this.measure(caller, id, 'freeze', dto.reason);
  }

  @Post(':id/unfreeze')
  @Allow(Action.Update, Subject.GroupIntervention)
  @ApiCreatedResponse({ type: InterventionDto })
  unfreeze(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: OptionalReasonDto): Promise<InterventionRecord> {
    return this.measure(caller, id, 'unfreeze', dto.reason);
  }

  @Post(':id/lock')
  @Allow(Action.Update, Subject.GroupIntervention)
  @ApiOperation({ summary: 'Lock the group: no posting, joining or invitations' })
  @ApiCreatedResponse({ type: InterventionDto })
  lock(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: OptionalReasonDto): Promise<InterventionRecord> {
    return this.measure(caller, id, 'lock', dto.reason);
  }

  @Post(':id/unlock')
  @Allow(Action.Update, Subject.GroupIntervention)
  @ApiCreatedResponse({ type: InterventionDto })
  unlock(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: OptionalReasonDto): Promise<InterventionRecord> {
    return this.measure(caller, id, 'unlock', dto.reason);
  }

  private async measure(caller: Caller, id: string, measure: InterventionMeasure, reason: string | undefined): Promise<InterventionRecord> {
    return toInterventionRecord(await this.interventions.apply(caller, id, measure, reason));
  }
}
