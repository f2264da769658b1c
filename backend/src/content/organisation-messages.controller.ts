import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import {
  ORGANISATION_MESSAGES_LIST,
  type OrganisationMessageFilterDto,
  type OrganisationMessageRecord,
  OrganisationMessageRecordDto,
  SendOrganisationMessageDto,
} from './dto/organisation-message.dto.js';
import { OrganisationMessagesService } from './organisation-messages.service.js';

/** Signed-in routes: the service checks membership of the organisation for its inbox. */
@ApiTags('content')
@Controller()
export class OrganisationMessagesController {
  constructor(private readonly messages: OrganisationMessagesService) {}

  @Post('organisations/:organisationId/messages')
  @SignedIn()
  @ApiOperation({ summary: 'Send a private message (a tip, a suggestion) to an organisation' })
  @ApiCreatedResponse({ type: OrganisationMessageRecordDto })
  send(@CurrentCaller() caller: Caller, @UuidParam('organisationId') organisationId: string, @Body() dto: SendOrganisationMessageDto): Promise<OrganisationMessageRecord> {
    return this.messages.send(caller, organisationId, dto.text);
  }

  @Get('organisations/:organisationId/messages')
  @SignedIn()
  @ApiOperation({ summary: 'The organisation’s inbox (its members only)' })
  @ListEndpoint(ORGANISATION_MESSAGES_LIST, OrganisationMessageRecordDto)
  inbox(
    @CurrentCaller() caller: Caller,
    @UuidParam('organisationId') organisationId: string,
    @ListParams(ORGANISATION_MESSAGES_LIST) query: ListQuery<OrganisationMessageFilterDto>,
  ): Promise<Page<OrganisationMessageRecord>> {
    return this.messages.inbox(caller, organisationId, query);
  }

  @Get('my-organisation-messages')
  @SignedIn()
  @ApiOperation({ summary: 'Messages I have sent to organisations' })
  @ListEndpoint(ORGANISATION_MESSAGES_LIST, OrganisationMessageRecordDto)
  sent(@CurrentCaller() caller: Caller, @ListParams(ORGANISATION_MESSAGES_LIST) query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    return this.messages.sent(caller, query);
  }

  @Post('organisation-messages/:id/read')
  @SignedIn()
  @ApiCreatedResponse({ type: OrganisationMessageRecordDto })
  markRead(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<OrganisationMessageRecord> {
    return this.messages.markRead(caller, id);
  }

  @Delete('organisation-messages/:id')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<void> {
    return this.messages.deleteOwn(caller, id);
  }
}
