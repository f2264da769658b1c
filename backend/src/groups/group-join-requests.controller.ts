import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type JoinRequestRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { JoinDecisionDto, JOIN_REQUESTS_LIST, type JoinRequestFilterDto, JoinRequestDto } from './dto/group-admin.dto.js';
import { GroupAdminListsService } from './group-admin-lists.service.js';
import { MembershipService } from './membership.service.js';

@ApiTags('groups')
@Controller('group-join-requests')
export class GroupJoinRequestsController {
  constructor(
    private readonly lists: GroupAdminListsService,
    private readonly membership: MembershipService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.GroupJoinRequest)
  @ListEndpoint(JOIN_REQUESTS_LIST, JoinRequestDto)
  list(@CurrentCaller() caller: Caller, @ListParams(JOIN_REQUESTS_LIST) query: ListQuery<JoinRequestFilterDto>): Promise<Page<JoinRequestRecord>> {
    return this.lists.joinRequests(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.GroupJoinRequest)
  @ApiOkResponse({ type: JoinRequestDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<JoinRequestRecord> {
    return this.lists.one((c, q) => this.lists.joinRequests(c, q), caller, id);
  }

  @Post(':id/approve')
  @Allow(Action.Update, Subject.GroupJoinRequest)
  @ApiOperation({ summary: 'Admit the applicant (they are told)' })
  @ApiCreatedResponse({ type: JoinRequestDto })
  async approve(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: JoinDecisionDto): Promise<JoinRequestRecord> {
    await this.membership.decideRequest(caller, id, true, dto.reason);
    return this.lists.one((c, q) => this.lists.joinRequests(c, q), caller, id);
  }

  @Post(':id/reject')
  @Allow(Action.Update, Subject.GroupJoinRequest)
  @ApiOperation({ summary: 'Turn the applicant away, optionally saying why (they are told)' })
  @ApiCreatedResponse({ type: JoinRequestDto })
  async reject(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: JoinDecisionDto): Promise<JoinRequestRecord> {
    await this.membership.decideRequest(caller, id, false, dto.reason);
    return this.lists.one((c, q) => this.lists.joinRequests(c, q), caller, id);
  }
}
