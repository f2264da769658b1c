import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type AppealRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { OpenWhileSuspended } from '../access/open-while-suspended.decorator.js';
import { Allow, Public, SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { AppealsService } from './appeals.service.js';
import { APPEALS_LIST, type AppealFilterDto, AppealRecordDto, AppealWithTokenDto, CreateAppealDto, DecideAppealDto } from './dto/appeal.dto.js';

@ApiTags('moderation')
@Controller('appeals')
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  @Get()
  @SignedIn()
  @OpenWhileSuspended()
  @ApiOperation({ summary: 'Appeals: all for moderators, one’s own for everyone else (and for a suspended account)' })
  @ListEndpoint(APPEALS_LIST, AppealRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(APPEALS_LIST) query: ListQuery<AppealFilterDto>): Promise<Page<AppealRecord>> {
    return this.appeals.list(caller, query);
  }

  @Post()
  @Allow(Action.Create, Subject.Appeal)
  // The DSA's complaint system stays easy to reach for a suspended author: signed in, no code.
  @OpenWhileSuspended()
  @ApiOperation({ summary: 'Appeal a decision: the author against an action, a reporter against a dismissal; a suspended author too' })
  @ApiCreatedResponse({ type: AppealRecordDto })
  file(@CurrentCaller() caller: Caller, @Body() dto: CreateAppealDto): Promise<AppealRecord> {
    return this.appeals.file(caller, dto.actionId, dto.text);
  }

  @Post('with-token')
  @Public()
  @ApiOperation({ summary: 'Appeal with the code from the statement of reasons, without signing in' })
  @ApiCreatedResponse({ type: AppealRecordDto })
  fileWithToken(@Body() dto: AppealWithTokenDto): Promise<AppealRecord> {
    return this.appeals.fileWithToken(dto.token, dto.text);
  }

  @Post(':id/decide')
  @Allow(Action.Decide, Subject.Appeal)
  @ApiOperation({ summary: 'Uphold or reverse (a different moderator than the one who decided)' })
  @ApiCreatedResponse({ type: AppealRecordDto })
  decide(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: DecideAppealDto): Promise<AppealRecord> {
    return this.appeals.decide(caller, id, dto.reverse, dto.reason);
  }
}
