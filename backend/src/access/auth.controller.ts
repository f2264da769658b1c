import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthTokens, MfaEnrolment, SignInAnswer } from '@samverka/shared';
import { AuthService } from './auth.service.js';
import { ClientAddress, RequestId } from './caller.decorator.js';
import {
  AcceptInvitationDto,
  AuthTokensDto,
  LoginDto,
  MfaChallengeDto,
  MfaCodeDto,
  MfaEnrolmentConfirmDto,
  MfaEnrolmentDto,
  MfaEnrolmentTokenDto,
  RefreshDto,
  RegisterDto,
} from './dto/auth.dto.js';
import { Public } from './policy.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({ type: AuthTokensDto, description: 'A session; or, with a second factor, `{ mfaRequired, mfaToken }`; or, for staff without one, `{ mfaEnrolmentRequired, enrolmentToken }` (see MfaChallengeDto)' })
  @ApiUnauthorizedResponse({ description: 'E-mail or password is wrong, or the account is suspended' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts for this account or from this address: locked for a while' })
  login(@Body() dto: LoginDto, @RequestId() requestId: string, @ClientAddress() address: string): Promise<SignInAnswer> {
    return this.auth.login(dto, { requestId, address });
  }

  @Post('login/mfa')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Complete a sign-in with the code from the authenticator app (or a recovery code)' })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiUnauthorizedResponse({ description: 'The code is wrong, or mfaToken has expired' })
  @ApiTooManyRequestsResponse({ description: 'Too many failed attempts: locked for a while' })
  completeMfa(@Body() dto: MfaCodeDto, @RequestId() requestId: string, @ClientAddress() address: string): Promise<AuthTokens> {
    return this.auth.completeMfa(dto, { requestId, address });
  }

  @Post('mfa/enrol')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Staff without a second factor: get a TOTP secret and recovery codes (shown once)' })
  @ApiOkResponse({ type: MfaEnrolmentDto })
  @ApiExtraModels(MfaChallengeDto)
  beginEnrolment(@Body() dto: MfaEnrolmentTokenDto): Promise<MfaEnrolment> {
    return this.auth.beginEnrolment(dto.enrolmentToken);
  }

  @Post('mfa/enrol/confirm')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Turn the new second factor on with a first code, and sign in' })
  @ApiOkResponse({ type: AuthTokensDto })
  confirmEnrolment(@Body() dto: MfaEnrolmentConfirmDto, @RequestId() requestId: string, @ClientAddress() address: string): Promise<AuthTokens> {
    return this.auth.confirmEnrolment(dto, { requestId, address });
  }

  @Post('register')
  @Public()
  @ApiOperation({ summary: 'Register as a citizen (staff are invited instead)' })
  @ApiCreatedResponse({ type: AuthTokensDto })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid' })
  register(@Body() dto: RegisterDto, @RequestId() requestId: string): Promise<AuthTokens> {
    return this.auth.register(dto, requestId);
  }

  @Post('accept-invitation')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Choose a password with the token from a staff invitation, and sign in' })
  @ApiOkResponse({ type: MfaChallengeDto, description: 'Staff: `{ mfaEnrolmentRequired, enrolmentToken }`, a session once the second factor is set up' })
  acceptInvitation(@Body() dto: AcceptInvitationDto, @RequestId() requestId: string): Promise<SignInAnswer> {
    return this.auth.acceptInvitation(dto, requestId);
  }

  @Post('refresh')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens; each refresh token works once' })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiUnauthorizedResponse({ description: 'Invalid, expired or reused refresh token' })
  refresh(@Body() dto: RefreshDto, @RequestId() requestId: string): Promise<AuthTokens> {
    return this.auth.refresh(dto.refreshToken, requestId);
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'End the session the refresh token belongs to' })
  @ApiNoContentResponse()
  logout(@Body() dto: RefreshDto, @RequestId() requestId: string): Promise<void> {
    return this.auth.logout(dto.refreshToken, requestId);
  }
}
