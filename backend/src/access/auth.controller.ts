import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthTokens } from '@samverka/shared';
import { AuthService } from './auth.service.js';
import { RequestId } from './caller.decorator.js';
import { AcceptInvitationDto, AuthTokensDto, LoginDto, RefreshDto, RegisterDto } from './dto/auth.dto.js';
import { Public } from './policy.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Sign in with e-mail and password' })
  @ApiOkResponse({ type: AuthTokensDto })
  @ApiUnauthorizedResponse({ description: 'E-mail or password is wrong, or the account is suspended' })
  login(@Body() dto: LoginDto, @RequestId() requestId: string): Promise<AuthTokens> {
    return this.auth.login(dto, requestId);
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
  @ApiOkResponse({ type: AuthTokensDto })
  acceptInvitation(@Body() dto: AcceptInvitationDto, @RequestId() requestId: string): Promise<AuthTokens> {
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
