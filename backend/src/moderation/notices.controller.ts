import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type NoticeRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow, SignedIn } from '../access/policy.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { CreateNoticeDto, MY_NOTICES_LIST, type MyNoticeFilterDto, NoticeRecordDto } from './dto/notice.dto.js';
import { NoticesService } from './notices.service.js';

@ApiTags('moderation')
@Controller()
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Post('notices')
  @Allow(Action.Create, Subject.Notice)
  @ApiOperation({ summary: 'Report a post, a group message, a user or a group for breaking a rule' })
  @ApiCreatedResponse({ type: NoticeRecordDto, description: 'The acknowledgement: the notice and the case it joined' })
  report(@CurrentCaller() caller: Caller, @Body() dto: CreateNoticeDto): Promise<NoticeRecord> {
    return this.notices.submit(caller, dto);
  }

  @Get('my-notices')
  @SignedIn()
  @ApiOperation({ summary: 'My reports, each with its outcome' })
  @ListEndpoint(MY_NOTICES_LIST, NoticeRecordDto)
  mine(@CurrentCaller() caller: Caller, @ListParams(MY_NOTICES_LIST) query: ListQuery<MyNoticeFilterDto>): Promise<Page<NoticeRecord>> {
    return this.notices.mine(caller, query);
  }
}
