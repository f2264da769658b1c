import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow, SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import {
  AnswerOrganisationMessageDto,
  ORGANISATION_MESSAGES_LIST,
  type OrganisationMessageFilterDto,
  type OrganisationMessageRecord,
  OrganisationMessageRecordDto,
  SendOrganisationMessageDto,
} from './dto/organisation-message.dto.js';
import { OrganisationMessagesService } from './organisation-messages.service.js';
import { TipHandlingService } from './tip-handling.service.js';

/**
 * Tips to organisations. Anyone signed in sends and follows their own; the inbox routes are the
 * organisation's members' (the rules' `memberIds`): anyone else finds no tip there (404).
 */
@ApiTags('content')
@Controller()
export class OrganisationMessagesController {
  constructor(
    private readonly messages: OrganisationMessagesService,
    private readonly handling: TipHandlingService,
  ) {}

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

  @Get('organisation-messages')
  @Allow(Action.Read, Subject.OrganisationMessage)
  @ApiOperation({ summary: 'The tips to every organisation the caller is a member of, newest first (filter by state, unread, organisationId)' })
  @ListEndpoint(ORGANISATION_MESSAGES_LIST, OrganisationMessageRecordDto)
  inboxes(@CurrentCaller() caller: Caller, @ListParams(ORGANISATION_MESSAGES_LIST) query: ListQuery<OrganisationMessageFilterDto>): Promise<Page<OrganisationMessageRecord>> {
    return this.messages.inboxes(caller, query);
  }

  @Get('organisation-messages/:id')
  @Allow(Action.Read, Subject.OrganisationMessage)
  @ApiOkResponse({ type: OrganisationMessageRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<OrganisationMessageRecord> {
    return this.messages.get(caller, id);
  }

  @Get('my-organisation-messages')
  @SignedIn()
  @ApiOperation({ summary: 'Messages I have sent to organisations, with their answers' })
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

  @Post('organisation-messages/:id/answer')
  @Allow(Action.Update, Subject.OrganisationMessage)
  @ApiOperation({ summary: 'Answer a tip, once, as the organisation: the sender is notified' })
  @ApiCreatedResponse({ type: OrganisationMessageRecordDto })
  @ApiConflictResponse({ description: 'Already answered, or closed' })
  answer(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: AnswerOrganisationMessageDto): Promise<OrganisationMessageRecord> {
    return this.handling.answer(caller, id, dto.text);
  }

  @Post('organisation-messages/:id/close')
  @Allow(Action.Update, Subject.OrganisationMessage)
  @ApiOperation({ summary: 'Close a tip the organisation is done with' })
  @ApiCreatedResponse({ type: OrganisationMessageRecordDto })
  @ApiConflictResponse({ description: 'Already closed' })
  close(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<OrganisationMessageRecord> {
    return this.handling.close(caller, id);
  }

  @Post('organisation-messages/:id/reopen')
  @Allow(Action.Update, Subject.OrganisationMessage)
  @ApiCreatedResponse({ type: OrganisationMessageRecordDto })
  @ApiConflictResponse({ description: 'Already open' })
  reopen(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<OrganisationMessageRecord> {
    return this.handling.reopen(caller, id);
  }

  @Delete('organisation-messages/:id')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<void> {
    return this.messages.deleteOwn(caller, id);
  }
}
