import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type GroupInvitationRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow, SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { AcceptInvitationTokenDto, CreatedInvitationDto, CreateInvitationDto, type GroupScopedFilterDto, GroupInvitationDto, INVITATIONS_LIST, JoinOutcomeDto } from './dto/group-admin.dto.js';
import { GroupAdminListsService, toInvitationRecord } from './group-admin-lists.service.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('groups')
@Controller('group-invitations')
export class GroupInvitationsController {
  constructor(
    private readonly lists: GroupAdminListsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Get()
  @Allow(Action.Read, Subject.GroupInvitation)
  @ListEndpoint(INVITATIONS_LIST, GroupInvitationDto)
  list(@CurrentCaller() caller: Caller, @ListParams(INVITATIONS_LIST) query: ListQuery<GroupScopedFilterDto>): Promise<Page<GroupInvitationRecord>> {
    return this.lists.invitations(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.GroupInvitation)
  @ApiOkResponse({ type: GroupInvitationDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupInvitationRecord> {
    return this.lists.one((c, q) => this.lists.invitations(c, q), caller, id);
  }

  @Post()
  @Allow(Action.Create, Subject.GroupInvitation)
  @ApiOperation({ summary: 'Create an invitation link with an expiry and a number of uses' })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  async create(@CurrentCaller() caller: Caller, @Body() dto: CreateInvitationDto): Promise<CreatedInvitationDto> {
    const { invitation, token, url } = await this.invitations.create(caller, dto.groupId, dto.expiresInHours, dto.maxUses);
    return { ...toInvitationRecord(invitation), token, url };
  }

  @Post('accept')
  @SignedIn()
  @ApiOperation({ summary: 'Join a group with an invitation link’s token' })
  @ApiCreatedResponse({ type: JoinOutcomeDto })
  async accept(@CurrentCaller() caller: Caller, @Body() dto: AcceptInvitationTokenDto): Promise<JoinOutcomeDto> {
    const { membershipId } = await this.invitations.accept(caller, dto.token);
    return { joined: true, membershipId };
  }

  @Post(':id/revoke')
  @Allow(Action.Update, Subject.GroupInvitation)
  @ApiCreatedResponse({ type: GroupInvitationDto })
  async revoke(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<GroupInvitationRecord> {
    return toInvitationRecord(await this.invitations.revoke(caller, id));
  }
}
