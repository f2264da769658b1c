import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ContentStatus, type GroupMessageRecord } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { CreateGroupMessageDto, GROUP_MESSAGES_LIST, GroupMessageRecordDto, type MessageFilterDto, ModerationDto } from './dto/post.dto.js';
import { GroupMessagesService } from './group-messages.service.js';

/** Signed-in routes: membership and moderation rights are checked per group, in the service. */
@ApiTags('content')
@Controller()
export class GroupMessagesController {
  constructor(private readonly messages: GroupMessagesService) {}

  @Get('groups/:groupId/messages')
  @SignedIn()
  @ApiOperation({ summary: 'The group chat, newest first' })
  @ListEndpoint(GROUP_MESSAGES_LIST, GroupMessageRecordDto)
  list(@CurrentCaller() caller: Caller, @UuidParam('groupId') groupId: string, @ListParams(GROUP_MESSAGES_LIST) query: ListQuery<MessageFilterDto>): Promise<Page<GroupMessageRecord>> {
    return this.messages.list(caller, groupId, query);
  }

  @Post('groups/:groupId/messages')
  @SignedIn()
  @ApiOperation({ summary: 'Write in the group chat (members only)' })
  @ApiCreatedResponse({ type: GroupMessageRecordDto })
  post(@CurrentCaller() caller: Caller, @UuidParam('groupId') groupId: string, @Body() dto: CreateGroupMessageDto): Promise<GroupMessageRecord> {
    return this.messages.post(caller, groupId, dto);
  }

  @Delete('group-messages/:id')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  remove(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<void> {
    return this.messages.deleteOwn(caller, id);
  }

  @Post('group-messages/:id/hide')
  @SignedIn()
  @ApiCreatedResponse({ type: GroupMessageRecordDto })
  hide(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ModerationDto): Promise<GroupMessageRecord> {
    return this.messages.moderate(caller, id, ContentStatus.Hidden, dto.reason);
  }

  @Post('group-messages/:id/restore')
  @SignedIn()
  @ApiCreatedResponse({ type: GroupMessageRecordDto })
  restore(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ModerationDto): Promise<GroupMessageRecord> {
    return this.messages.moderate(caller, id, ContentStatus.Visible, dto.reason);
  }

  @Post('group-messages/:id/remove')
  @SignedIn()
  @ApiCreatedResponse({ type: GroupMessageRecordDto })
  removeForBreach(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: ModerationDto): Promise<GroupMessageRecord> {
    return this.messages.moderate(caller, id, ContentStatus.Removed, dto.reason);
  }
}
