import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type GroupMemberRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { GroupMemberDto, MEMBERS_LIST, type MemberFilterDto, OptionalReasonDto, SetRoleDto } from './dto/group-admin.dto.js';
import { GroupAdminListsService } from './group-admin-lists.service.js';
import { MembershipService } from './membership.service.js';

@ApiTags('groups')
@Controller('group-members')
export class GroupMembersController {
  constructor(
    private readonly lists: GroupAdminListsService,
    private readonly membership: MembershipService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.GroupMember)
  @ListEndpoint(MEMBERS_LIST, GroupMemberDto)
  list(@CurrentCaller() caller: Caller, @ListParams(MEMBERS_LIST) query: ListQuery<MemberFilterDto>): Promise<Page<GroupMemberRecord>> {
    return this.lists.members(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.GroupMember)
  @ApiOkResponse({ type: GroupMemberDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupMemberRecord> {
    return this.lists.one((c, q) => this.lists.members(c, q), caller, id);
  }

  @Post(':id/role')
  @Allow(Action.Update, Subject.GroupMember)
  @ApiOperation({ summary: 'Appoint or remove an admin (owner only)' })
  @ApiCreatedResponse({ type: GroupMemberDto })
  async setRole(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: SetRoleDto): Promise<GroupMemberRecord> {
    await this.membership.setRole(caller, id, dto.role);
    return this.lists.one((c, q) => this.lists.members(c, q), caller, id);
  }

  @Post(':id/transfer-ownership')
  @Allow(Action.Update, Subject.GroupMember)
  @ApiOperation({ summary: 'Make this member the owner; the old owner becomes an admin' })
  @ApiCreatedResponse({ type: GroupMemberDto })
  async transferOwnership(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupMemberRecord> {
    await this.membership.transferOwnership(caller, id);
    return this.lists.one((c, q) => this.lists.members(c, q), caller, id);
  }

  @Post(':id/remove')
  @Allow(Action.Delete, Subject.GroupMember)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a member from the group (they are told)' })
  @ApiNoContentResponse()
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: OptionalReasonDto): Promise<void> {
    return this.membership.removeMember(caller, id, dto.reason);
  }
}
