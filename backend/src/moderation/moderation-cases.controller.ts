import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type CaseRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { CasesService } from './cases.service.js';
import { DecisionsService } from './decisions.service.js';
import { AssignDto, BulkDismissDto, CASES_LIST, CaseDetailDto, type CaseFilterDto, CaseRecordDto, DecideDto, EscalateDto, NoteDto } from './dto/case.dto.js';

@ApiTags('moderation')
@Controller('moderation-cases')
export class ModerationCasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly decisions: DecisionsService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.ModerationCase)
  @ApiOperation({ summary: 'The queue, highest priority first (group admins: their groups; moderators: the platform)' })
  @ListEndpoint(CASES_LIST, CaseRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(CASES_LIST) query: ListQuery<CaseFilterDto>): Promise<Page<CaseRecord>> {
    return this.cases.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.ModerationCase)
  @ApiOkResponse({ type: CaseDetailDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string) {
    return this.cases.detail(caller, id);
  }

  @Post('bulk-dismiss')
  @Allow(Action.Decide, Subject.ModerationCase)
  @ApiOperation({ summary: 'Dismiss many cases with one statement (a wave of spam notices)' })
  bulkDismiss(@CurrentCaller() caller: Caller, @Body() dto: BulkDismissDto) {
    return this.decisions.bulkDismiss(caller, dto.caseIds, dto.statement, dto.unfounded ?? false);
  }

  @Post(':id/claim')
  @Allow(Action.Update, Subject.ModerationCase)
  @ApiCreatedResponse({ type: CaseRecordDto, description: 'Claimed for a while; 409 if a teammate holds it' })
  claim(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<CaseRecord> {
    return this.cases.claim(caller, id);
  }

  @Post(':id/release')
  @Allow(Action.Update, Subject.ModerationCase)
  @ApiCreatedResponse({ type: CaseRecordDto })
  release(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<CaseRecord> {
    return this.cases.release(caller, id);
  }

  @Post(':id/assign')
  @Allow(Action.Update, Subject.ModerationCase)
  @ApiCreatedResponse({ type: CaseRecordDto })
  assign(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: AssignDto): Promise<CaseRecord> {
    return this.cases.assign(caller, id, dto.assigneeId);
  }

  @Post(':id/escalate')
  @Allow(Action.Update, Subject.ModerationCase)
  @ApiOperation({ summary: 'Hand the case from the group’s admins to the platform' })
  @ApiCreatedResponse({ type: CaseRecordDto })
  escalate(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: EscalateDto): Promise<CaseRecord> {
    return this.cases.escalate(caller, id, dto.reason);
  }

  @Post(':id/notes')
  @Allow(Action.Update, Subject.ModerationCase)
  @ApiOperation({ summary: 'Add an internal note' })
  addNote(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: NoteDto) {
    return this.cases.addNote(caller, id, dto.text);
  }

  @Post(':id/decide')
  @Allow(Action.Decide, Subject.ModerationCase)
  @ApiOperation({ summary: 'Decide the case: one or more actions, each with its rule and statement of reasons' })
  @ApiCreatedResponse({ type: CaseRecordDto, description: '409 if the case was decided or changed meanwhile' })
  decide(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: DecideDto): Promise<CaseRecord> {
    return this.decisions.decide(caller, id, dto);
  }
}
