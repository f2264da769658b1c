import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type GroupBanRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { BANS_LIST, type BanFilterDto, CreateBanDto, GroupBanDto, OptionalReasonDto } from './dto/group-admin.dto.js';
import { BansService } from './bans.service.js';
import { GroupAdminListsService } from './group-admin-lists.service.js';

@ApiTags('groups')
@Controller('group-bans')
export class GroupBansController {
  constructor(
    private readonly lists: GroupAdminListsService,
    private readonly bans: BansService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.GroupBan)
  @ListEndpoint(BANS_LIST, GroupBanDto)
  list(@CurrentCaller() caller: Caller, @ListParams(BANS_LIST) query: ListQuery<BanFilterDto>): Promise<Page<GroupBanRecord>> {
    return this.lists.bans(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.GroupBan)
  @ApiOkResponse({ type: GroupBanDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupBanRecord> {
    return this.lists.one((c, q) => this.lists.bans(c, q), caller, id);
  }

  @Post()
  @Allow(Action.Create, Subject.GroupBan)
  @ApiOperation({ summary: 'Ban someone from the group (removing them if a member), until a date or until lifted' })
  @ApiCreatedResponse({ type: GroupBanDto })
  async create(@CurrentCaller() caller: Caller, @Body() dto: CreateBanDto): Promise<GroupBanRecord> {
    const ban = await this.bans.ban(caller, dto.groupId, dto.userId, dto.reason, dto.expiresAt);
    return this.lists.one((c, q) => this.lists.bans(c, q), caller, ban.id);
  }

  @Post(':id/lift')
  @Allow(Action.Update, Subject.GroupBan)
  @ApiCreatedResponse({ type: GroupBanDto })
  async lift(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: OptionalReasonDto): Promise<GroupBanRecord> {
    await this.bans.lift(caller, id, dto.reason);
    return this.lists.one((c, q) => this.lists.bans(c, q), caller, id);
  }
}
