import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AuthTokens, MfaEnrolment, SignInAnswer } from '@samverka/shared';
import { AuthService } from './auth.service.js';
import { ClientAddress, RequestId } from './caller.decorator.js';
import {
  AcceptInvitationDto,
  AuthTokensDto,
  CheckYourEmailDto,
  EmailOnlyDto,
  EmailTokenDto,
  LoginDto,
  MfaChallengeDto,
  MfaCodeDto,
  MfaEnrolmentConfirmDto,
  MfaEnrolmentDto,
  MfaEnrolmentTokenDto,
  RefreshDto,
  RegisterDto,
  ResetPasswordDto,
} from './dto/auth.dto.js';
import { Public } from './policy.decorator.js';
import { RateLimited } from './rate-limit/rate-limit.js';
import { type CheckYourEmail, RegistrationService } from './registration.service.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly registration: RegistrationService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({
    type: AuthTokensDto,
    description:
      'A session (`restricted: true` for a suspended account: it may still read itself and its notifications, appeal and use its privacy rights); or, with a second factor, `{ mfaRequired, mfaToken }`; or, for staff without one, `{ mfaEnrolmentRequired, enrolmentToken }` (see MfaChallengeDto)',
  })
  @ApiUnauthorizedResponse({ description: 'E-mail or password is wrong' })
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
  @RateLimited('registration')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Register as a citizen (staff are invited instead): a confirmation link goes to the address, and sign-in works once it is followed' })
  @ApiAcceptedResponse({ type: CheckYourEmailDto, description: 'The same answer for a new address and for one that has an account (that one gets a password-reset link instead)' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid' })
  @ApiTooManyRequestsResponse({ description: 'Too many registrations from this address' })
  register(@Body() dto: RegisterDto, @RequestId() requestId: string): Promise<CheckYourEmail> {
    return this.registration.register(dto, requestId);
  }

  @Post('resend-confirmation')
  @Public()
  @RateLimited('registration')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send a new confirmation link to an account that has not confirmed its address' })
  @ApiAcceptedResponse({ type: CheckYourEmailDto })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address' })
  resendConfirmation(@Body() dto: EmailOnlyDto): Promise<CheckYourEmail> {
    return this.registration.resendConfirmation(dto);
  }

  @Post('confirm-email')
  @Public()
  @RateLimited('email-confirmation')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Confirm the e-mail address with the token from the confirmation link' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The token is not valid, was used, or has expired' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  confirmEmail(@Body() dto: EmailTokenDto, @RequestId() requestId: string): Promise<void> {
    return this.registration.confirmEmail(dto.token, requestId);
  }

  @Post('password-reset')
  @Public()
  @RateLimited('password-reset')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'E-mail a one-time link to choose a new password (valid one hour)' })
  @ApiAcceptedResponse({ type: CheckYourEmailDto, description: 'The same answer whether or not the address has an account' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address' })
  requestPasswordReset(@Body() dto: EmailOnlyDto): Promise<CheckYourEmail> {
    return this.registration.requestPasswordReset(dto);
  }

  @Post('password-reset/confirm')
  @Public()
  @RateLimited('password-reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Choose a new password with the token from the reset link; ends every session of the account' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The token is not valid, was used, or has expired; or the password is too weak' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  resetPassword(@Body() dto: ResetPasswordDto, @RequestId() requestId: string): Promise<void> {
    return this.registration.resetPassword(dto, requestId);
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
