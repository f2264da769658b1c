import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type GroupRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow, SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { JoinGroupDto, JoinOutcomeDto } from './dto/group-admin.dto.js';
import { CreateGroupDto, GROUPS_LIST, type GroupFilterDto, GroupRecordDto, UpdateGroupDto } from './dto/group.dto.js';
import { GroupsService } from './groups.service.js';
import { type JoinOutcome, MembershipService } from './membership.service.js';

@ApiTags('groups')
@Controller('groups')
export class GroupsController {
  constructor(
    private readonly groups: GroupsService,
    private readonly membership: MembershipService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.Group)
  @ApiOperation({ summary: 'Groups the caller may see (coordinators: their municipalities; group admins: their groups)' })
  @ListEndpoint(GROUPS_LIST, GroupRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(GROUPS_LIST) query: ListQuery<GroupFilterDto>): Promise<Page<GroupRecord>> {
    return this.groups.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.Group)
  @ApiOkResponse({ type: GroupRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupRecord> {
    return this.groups.get(caller, id);
  }

  @Post()
  @Allow(Action.Create, Subject.Group)
  @ApiOperation({ summary: 'Create a group; the creator becomes its owner (coordinators create municipal groups)' })
  @ApiCreatedResponse({ type: GroupRecordDto })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateGroupDto): Promise<GroupRecord> {
    return this.groups.create(caller, dto);
  }

  @Put(':id')
  @Allow(Action.Update, Subject.Group)
  @ApiOkResponse({ type: GroupRecordDto })
  update(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: UpdateGroupDto): Promise<GroupRecord> {
    return this.groups.update(caller, id, dto);
  }

  @Delete(':id')
  @Allow(Action.Delete, Subject.Group)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete the group and all its content (owner)' })
  @ApiNoContentResponse()
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<void> {
    return this.groups.remove(caller, id);
  }

  @Post(':id/archive')
  @Allow(Action.Update, Subject.Group)
  @ApiOperation({ summary: 'Make the group read-only' })
  @ApiCreatedResponse({ type: GroupRecordDto })
  archive(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupRecord> {
    return this.groups.setArchived(caller, id, true);
  }

  @Post(':id/reactivate')
  @Allow(Action.Update, Subject.Group)
  @ApiCreatedResponse({ type: GroupRecordDto })
  reactivate(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupRecord> {
    return this.groups.setArchived(caller, id, false);
  }

  @Post(':id/join')
  @SignedIn()
  @ApiOperation({ summary: 'Join an open group at once, or ask to join a locked one' })
  @ApiCreatedResponse({ type: JoinOutcomeDto })
  join(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: JoinGroupDto): Promise<JoinOutcome> {
    return this.membership.join(caller, id, dto.message);
  }

  @Post(':id/leave')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Leave the group (an owner’s place goes to the longest-serving admin)' })
  @ApiNoContentResponse()
  leave(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<void> {
    return this.membership.leave(caller, id);
  }
}
