import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditAction, Role, Subject, UserStatus, type AuthTokens } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { MeService } from '../identity/me/me.service.js';
import { Municipality } from '../identity/municipalities/municipality.entity.js';
import { User } from '../identity/users/user.entity.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { AppConfig } from '../platform/config/app-config.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import type { AccessTokenPayload } from './jwt.strategy.js';
import type { AcceptInvitationDto, LoginDto, RegisterDto } from './dto/auth.dto.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { hashToken } from './token-hash.js';

const WRONG_CREDENTIALS = 'E-mail or password is wrong';

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensService,
    private readonly me: MeService,
    private readonly audit: AuditService,
  ) {}

  async login(dto: LoginDto, requestId: string): Promise<AuthTokens> {
    const user = await this.users.findForSignIn(dto.email);
    const passwordMatches = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !passwordMatches || user.status === UserStatus.Erased) {
      await this.audit.record(this.db.manager, {
        actorId: null,
        action: AuditAction.SignInFailed,
        // An unknown address is not stored: it may be someone's personal data typed by mistake.
        subjectType: user ? Subject.User : undefined,
        subjectId: user?.id,
        municipalityId: user?.homeMunicipalityId,
        reason: user ? 'wrong password' : 'unknown e-mail',
        requestId,
      });
      throw new AccessError(AccessErrorCode.WrongCredentials, WRONG_CREDENTIALS);
    }
    if (user.status === UserStatus.Suspended) {
      await this.audit.record(this.db.manager, {
        actorId: null,
        action: AuditAction.SignInFailed,
        subjectType: Subject.User,
        subjectId: user.id,
        municipalityId: user.homeMunicipalityId,
        reason: 'account suspended',
        requestId,
      });
      throw new AccessError(AccessErrorCode.AccountSuspended, 'This account is suspended: contact the platform owner');
    }
    const refreshToken = await this.db.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastSignInAt: new Date() });
      await this.audit.record(manager, signInEvent(user, AuditAction.SignIn, requestId));
      return this.refreshTokens.issue(manager, user.id);
    });
    return this.tokens(user.id, refreshToken);
  }

  /** Citizens register themselves; staff accounts come from an invitation. */
  async register(dto: RegisterDto, requestId: string): Promise<AuthTokens> {
    const passwordHash = await hashPassword(dto.password);
    const { userId, refreshToken } = await this.db.transaction(async (manager) => {
      if (await manager.existsBy(User, { email: dto.email })) {
        throw new AccessError(AccessErrorCode.EmailTaken, 'email is already registered: sign in instead');
      }
      if (dto.homeMunicipalityId && !(await manager.existsBy(Municipality, { id: dto.homeMunicipalityId }))) {
        throw new AccessError(AccessErrorCode.MunicipalityNotFound, 'homeMunicipalityId names a municipality that does not exist');
      }
      const user = await manager.save(
        manager.create(User, {
          email: dto.email,
          displayName: dto.displayName,
          passwordHash,
          status: UserStatus.Active,
          roles: [Role.Citizen],
          homeMunicipalityId: dto.homeMunicipalityId ?? null,
          lastSignInAt: new Date(),
        }),
      );
      await this.audit.record(manager, signInEvent(user, AuditAction.Registered, requestId));
      return { userId: user.id, refreshToken: await this.refreshTokens.issue(manager, user.id) };
    });
    return this.tokens(userId, refreshToken);
  }

  async acceptInvitation(dto: AcceptInvitationDto, requestId: string): Promise<AuthTokens> {
    const passwordHash = await hashPassword(dto.password);
    const { userId, refreshToken } = await this.db.transaction(async (manager: EntityManager) => {
      const user = await this.users.findByInvitationTokenHash(manager, hashToken(dto.token));
      if (!user || !user.invitationExpiresAt || user.invitationExpiresAt.getTime() < Date.now() || user.status !== UserStatus.Active) {
        throw new AccessError(AccessErrorCode.InvitationInvalid, 'token is not a valid invitation, or it has expired: ask the platform owner for a new one');
      }
      await manager.update(User, { id: user.id }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null, lastSignInAt: new Date() });
      await this.audit.record(manager, signInEvent(user, AuditAction.InvitationAccepted, requestId));
      return { userId: user.id, refreshToken: await this.refreshTokens.issue(manager, user.id) };
    });
    return this.tokens(userId, refreshToken);
  }

  async refresh(token: string, requestId: string): Promise<AuthTokens> {
    const { userId, refreshToken } = await this.refreshTokens.rotate(token, requestId);
    const facts = await this.users.findAccessFacts(userId);
    if (!facts || facts.status !== UserStatus.Active) {
      throw new AccessError(AccessErrorCode.AccountSuspended, 'This account can no longer sign in');
    }
    return this.tokens(userId, refreshToken);
  }

  async logout(token: string, requestId: string): Promise<void> {
    const userId = await this.refreshTokens.revokeSessionOf(token);
    if (userId) {
      await this.audit.record(this.db.manager, { actorId: userId, action: AuditAction.SignOut, subjectType: Subject.User, subjectId: userId, requestId });
    }
  }

  private async tokens(userId: string, refreshToken: string): Promise<AuthTokens> {
    const payload: AccessTokenPayload = { sub: userId };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds });
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, user: await this.me.describe(userId) };
  }
}

function signInEvent(user: User, action: AuditAction, requestId: string) {
  return { actorId: user.id, action, subjectType: Subject.User, subjectId: user.id, municipalityId: user.homeMunicipalityId, requestId };
}
