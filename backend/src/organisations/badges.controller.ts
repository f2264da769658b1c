import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type BadgeRecord, type PublicBadgeRecord, Subject } from '@samverka/shared';
import { RateLimited } from '../access/rate-limit/rate-limit.js';
import { CurrentCaller } from '../access/caller.decorator.js';
import type { Caller } from '../access/caller.js';
import { Allow, Public } from '../access/policy.decorator.js';
import { UuidParam } from '../platform/http/id-param.decorator.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../platform/http/simple-rest/page.js';
import { BadgesService } from './badges.service.js';
import { BadgeActionDto, BADGES_LIST, type BadgeFilterDto } from './dto/organisation.dto.js';
import { BadgeRecordDto, PublicBadgeRecordDto } from './dto/records.dto.js';

@ApiTags('badges')
@Controller('badges')
export class BadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get()
  @Allow(Action.Read, Subject.Badge)
  @ListEndpoint(BADGES_LIST, BadgeRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(BADGES_LIST) query: ListQuery<BadgeFilterDto>): Promise<Page<BadgeRecord>> {
    return this.badges.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.Badge)
  @ApiOkResponse({ type: BadgeRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<BadgeRecord> {
    return this.badges.get(caller, id);
  }

  @Post(':id/revoke')
  @Allow(Action.Revoke, Subject.Badge)
  @ApiOperation({ summary: 'Revoke for good, with a reason; the organisation is notified' })
  @ApiCreatedResponse({ type: BadgeRecordDto })
  revoke(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: BadgeActionDto): Promise<BadgeRecord> {
    return this.badges.revoke(caller, id, dto.reason);
  }

  @Post(':id/suspend')
  @Allow(Action.Suspend, Subject.Badge)
  @ApiCreatedResponse({ type: BadgeRecordDto })
  suspend(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: BadgeActionDto): Promise<BadgeRecord> {
    return this.badges.suspend(caller, id, dto.reason);
  }

  @Post(':id/reinstate')
  @Allow(Action.Suspend, Subject.Badge)
  @ApiCreatedResponse({ type: BadgeRecordDto })
  reinstate(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: BadgeActionDto): Promise<BadgeRecord> {
    return this.badges.reinstate(caller, id, dto.reason);
  }
}

/** Anyone may check a badge: no sign-in, and nothing about a person beyond name and title. */
@ApiTags('public')
@Controller('public')
@RateLimited('public-check')
export class PublicBadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get('badges/:code')
  @Public()
  @ApiOkResponse({ type: PublicBadgeRecordDto })
  byCode(@Param('code') code: string): Promise<PublicBadgeRecord> {
    return this.badges.publicByCode(code);
  }

  @Get('users/:userId/badges')
  @Public()
  @ApiOkResponse({ type: [PublicBadgeRecordDto] })
  byUser(@UuidParam('userId') userId: string): Promise<PublicBadgeRecord[]> {
    return this.badges.publicByUser(userId);
  }
}
