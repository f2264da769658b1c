import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { IdentityModule } from '../identity/identity.module.js';
import { NotifyModule } from '../notify/notify.module.js';
import { SessionRevoker } from '../identity/session-revoker.js';
import { SignInSessions } from '../identity/sign-in-sessions.port.js';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import { KeysModule } from '../platform/keys/keys.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { CallerAbilities } from './caller-abilities.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { MfaService } from './mfa/mfa.service.js';
import { MyMfaController, MySessionsController, UserMfaController } from './mfa/my-security.controller.js';
import { PendingSignIn } from './mfa/pending-sign-in.js';
import { SignInThrottle } from './sign-in-throttle.service.js';
import { RateLimitGuard } from './rate-limit/rate-limit.js';
import { RedisRateLimitStore } from './rate-limit/redis-rate-limit.store.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { RegistrationService } from './registration.service.js';

@Global()
@Module({
  imports: [
    IdentityModule,
    PassportModule,
    NotifyModule,
    KeysModule,
    JwtModule.registerAsync({
      imports: [KeysModule],
      inject: [Keys],
      useFactory: (keys: Keys) => ({ secret: keys.for(KeyPurpose.AccessToken), signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  controllers: [AuthController, MyMfaController, MySessionsController, UserMfaController],
  providers: [
    AuthService,
    RegistrationService,
    RedisRateLimitStore,
    CallerAbilities,
    JwtStrategy,
    RefreshTokensService,
    MfaService,
    PendingSignIn,
    SignInThrottle,
    { provide: SessionRevoker, useExisting: RefreshTokensService },
    { provide: SignInSessions, useExisting: RefreshTokensService },
    // Deny by default: every route passes this guard.
    { provide: APP_GUARD, useClass: AccessGuard },
    // After the access guard, so signed-in routes are counted per account.
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [RefreshTokensService, SessionRevoker, SignInSessions, CallerAbilities],
})
export class AccessModule {}
