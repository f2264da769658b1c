import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type OrganisationRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow, SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { ConfirmCodeDto } from './dto/application.dto.js';
import { AddMemberDto, ORGANISATIONS_LIST, type OrganisationFilterDto, RemoveMemberDto } from './dto/organisation.dto.js';
import { OrganisationRecordDto } from './dto/records.dto.js';
import { OrganisationsService } from './organisations.service.js';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Allow(Action.Read, Subject.Organisation)
  @ListEndpoint(ORGANISATIONS_LIST, OrganisationRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(ORGANISATIONS_LIST) query: ListQuery<OrganisationFilterDto>): Promise<Page<OrganisationRecord>> {
    return this.organisations.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.Organisation)
  @ApiOkResponse({ type: OrganisationRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<OrganisationRecord> {
    return this.organisations.get(caller, id);
  }

  @Post(':id/members')
  @Allow(Action.Update, Subject.Organisation)
  @ApiOperation({ summary: 'Add a member with a title; police and municipality members confirm a work address by code' })
  @ApiCreatedResponse({ type: OrganisationRecordDto })
  addMember(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: AddMemberDto): Promise<OrganisationRecord> {
    return this.organisations.addMember(caller, id, dto);
  }

  @Post(':id/members/:memberId/confirm')
  @SignedIn()
  @ApiOperation({ summary: 'The added member confirms their work address with the code sent to it' })
  @ApiCreatedResponse({ type: OrganisationRecordDto })
  confirmMember(@CurrentCaller() caller: Caller, @UuidParam() id: string, @UuidParam('memberId') memberId: string, @Body() dto: ConfirmCodeDto): Promise<OrganisationRecord> {
    return this.organisations.confirmMember(caller, id, memberId, dto.code);
  }

  @Post(':id/members/:memberId/remove')
  @SignedIn()
  @ApiOperation({ summary: 'An admin removes a member, or members leave themselves; the emblem is revoked at once' })
  @ApiCreatedResponse({ type: OrganisationRecordDto })
  removeMember(@CurrentCaller() caller: Caller, @UuidParam() id: string, @UuidParam('memberId') memberId: string, @Body() dto: RemoveMemberDto): Promise<OrganisationRecord> {
    return this.organisations.removeMember(caller, id, memberId, dto.reason);
  }
}
