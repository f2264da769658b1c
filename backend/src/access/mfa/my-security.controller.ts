import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type MfaEnrolment, type SessionRecord, Subject } from '@samverka/shared';
import { CurrentCaller } from '../caller.decorator.js';
import type { Caller } from '../caller.js';
import { MfaEnrolmentDto, SessionRecordDto, TotpCodeDto } from '../dto/auth.dto.js';
import { Allow, SignedIn } from '../policy.decorator.js';
import { RefreshTokensService } from '../refresh-tokens.service.js';
import { UuidParam } from '../../platform/http/id-param.decorator.js';
import { UserActionDto } from '../../identity/users/dto/user-action.dto.js';
import { MfaService } from './mfa.service.js';

/** A signed-in person's own second factor (optional for citizens). */
@ApiTags('me')
@Controller('me/mfa')
export class MyMfaController {
  constructor(private readonly mfa: MfaService) {}

  @Post()
  @SignedIn()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Start setting up two-factor sign-in: a secret and recovery codes, shown once' })
  @ApiOkResponse({ type: MfaEnrolmentDto })
  begin(@CurrentCaller() caller: Caller): Promise<MfaEnrolment> {
    return this.mfa.begin(caller.id);
  }

  @Post('confirm')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Turn two-factor sign-in on with a first code' })
  @ApiNoContentResponse()
  confirm(@CurrentCaller() caller: Caller, @Body() dto: TotpCodeDto): Promise<void> {
    return this.mfa.confirm(caller.id, dto.code, caller.requestId);
  }

  @Post('disable')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Turn two-factor sign-in off (citizens only; it is mandatory for staff)' })
  @ApiNoContentResponse()
  disable(@CurrentCaller() caller: Caller, @Body() dto: TotpCodeDto): Promise<void> {
    return this.mfa.disable(caller, dto.code);
  }
}

/** A signed-in person's own sessions. */
@ApiTags('me')
@Controller('me/sessions')
export class MySessionsController {
  constructor(private readonly refreshTokens: RefreshTokensService) {}

  @Get()
  @SignedIn()
  @ApiOperation({ summary: 'Sessions that can still be refreshed, most recently used first' })
  @ApiOkResponse({ type: [SessionRecordDto] })
  list(@CurrentCaller() caller: Caller): Promise<SessionRecord[]> {
    return this.refreshTokens.sessionsOf(caller.id, caller.sessionId);
  }

  @Delete()
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End every session, this one included' })
  @ApiNoContentResponse()
  revokeAll(@CurrentCaller() caller: Caller): Promise<void> {
    return this.refreshTokens.revokeOwnSessions(caller.id, caller.requestId);
  }

  @Delete(':id')
  @SignedIn()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End one session' })
  @ApiNoContentResponse()
  revoke(@CurrentCaller() caller: Caller, @UuidParam() id: string): Promise<void> {
    return this.refreshTokens.revokeOwnSession(caller.id, id, caller.requestId);
  }
}

/** A platform owner resets a colleague's lost second factor. */
@ApiTags('users')
@Controller('users')
export class UserMfaController {
  constructor(private readonly mfa: MfaService) {}

  @Post(':id/reset-mfa')
  @Allow(Action.Manage, Subject.User)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: "Remove a person's second factor and end their sessions; staff enrol again at their next sign-in" })
  @ApiNoContentResponse()
  reset(@CurrentCaller() caller: Caller, @UuidParam() id: string, @Body() dto: UserActionDto): Promise<void> {
    return this.mfa.reset(caller, id, dto.reason);
  }
}
