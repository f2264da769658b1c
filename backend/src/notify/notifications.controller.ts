import { Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { OpenWhileSuspended } from '../access/open-while-suspended.decorator.js';
import { SignedIn } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { NOTIFICATIONS_LIST, type NotificationFilterDto, type NotificationRecord, NotificationRecordDto } from './dto/notification.dto.js';
import { NotificationsService } from './notifications.service.js';

/**
 * Everyone's own in-app notifications: statements of reasons, outcomes of reports, appeals. Open
 * while suspended: the statement of reasons of a suspension is read here, and appealed from.
 */
@ApiTags('notify')
@Controller('me/notifications')
@OpenWhileSuspended()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'My notifications, newest first; filter {"unread":true} and the Content-Range total give the unread count' })
  @ListEndpoint(NOTIFICATIONS_LIST, NotificationRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(NOTIFICATIONS_LIST) query: ListQuery<NotificationFilterDto>): Promise<Page<NotificationRecord>> {
    return this.notifications.list(caller, query);
  }

  @Post('read-all')
  @SignedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  markAllRead(@CurrentCaller() caller: Caller): Promise<{ marked: number }> {
    return this.notifications.markAllRead(caller);
  }

  @Get(':id')
  @SignedIn()
  @ApiOkResponse({ type: NotificationRecordDto, description: '404 for anyone else’s' })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<NotificationRecord> {
    return this.notifications.get(caller, id);
  }

  @Post(':id/read')
  @SignedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: NotificationRecordDto, description: '404 for anyone else’s' })
  markRead(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<NotificationRecord> {
    return this.notifications.markRead(caller, id);
  }
}
