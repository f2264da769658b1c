import { Body, Controller, Get, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, Subject, type UserRecord } from '@samverka/shared';
import { CurrentCaller } from '../../access/caller.decorator.js';
import type { Caller } from '../../access/caller.js';
import { Allow } from '../../access/policy.decorator.js';
import { UuidParam } from '../../platform/http/id-param.decorator.js';
import type { ListQuery } from '../../platform/http/simple-rest/list-query.js';
import { ListEndpoint, ListParams } from '../../platform/http/simple-rest/list-params.decorator.js';
import type { Page } from '../../platform/http/simple-rest/page.js';
import { InviteUserDto } from './dto/invite-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { UserActionDto } from './dto/user-action.dto.js';
import { USERS_LIST, type UserFilterDto } from './dto/user-filter.dto.js';
import { UserRecordDto } from './user-record.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow(Action.Read, Subject.User)
  @ApiOperation({ summary: 'Users the caller may see (coordinators: people of their municipalities)' })
  @ListEndpoint(USERS_LIST, UserRecordDto)
  list(@CurrentCaller() caller: Caller, @ListParams(USERS_LIST) query: ListQuery<UserFilterDto>): Promise<Page<UserRecord>> {
    return this.users.list(caller, query);
  }

  @Get(':id')
  @Allow(Action.Read, Subject.User)
  @ApiOkResponse({ type: UserRecordDto })
  get(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<UserRecord> {
    return this.users.get(caller, id);
  }

  @Post()
  @Allow(Action.Create, Subject.User)
  @ApiOperation({ summary: 'Invite a staff member: the one-time invitation link is e-mailed to them (the outbox hides it)' })
  @ApiCreatedResponse({ type: UserRecordDto })
  invite(@CurrentCaller() caller: Caller, @Body() dto: InviteUserDto): Promise<UserRecord> {
    return this.users.invite(caller, dto);
  }

  @Put(':id')
  @Allow(Action.Update, Subject.User)
  @ApiOperation({ summary: 'Change name, roles, municipalities or home municipality, with a reason' })
  @ApiOkResponse({ type: UserRecordDto })
  update(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: UpdateUserDto): Promise<UserRecord> {
    return this.users.update(caller, id, dto);
  }

  @Post(':id/suspend')
  @Allow(Action.Suspend, Subject.User)
  @ApiOperation({ summary: 'Suspend an account: it is signed out everywhere and cannot sign in' })
  @ApiCreatedResponse({ type: UserRecordDto })
  suspend(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: UserActionDto): Promise<UserRecord> {
    return this.users.suspend(caller, id, dto.reason);
  }

  @Post(':id/reactivate')
  @Allow(Action.Suspend, Subject.User)
  @ApiOperation({ summary: 'Lift a suspension' })
  @ApiCreatedResponse({ type: UserRecordDto })
  reactivate(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: UserActionDto): Promise<UserRecord> {
    return this.users.reactivate(caller, id, dto.reason);
  }
}
