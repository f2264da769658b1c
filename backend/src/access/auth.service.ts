import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AuditAction, isStaff, type MfaEnrolment, Subject, UserStatus, type AuthTokens, type SignInAnswer } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { MeService } from '../identity/me/me.service.js';
import { User } from '../identity/users/user.entity.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { UsersService } from '../identity/users/users.service.js';
import { AppConfig } from '../platform/config/app-config.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import { type AuthMethod, hasSecondFactor, PASSWORD_ONLY, secondFactorRequired, WITH_SECOND_FACTOR } from './auth-methods.js';
import { CallerAbilities } from './caller-abilities.service.js';
import type { AccessTokenPayload } from './jwt.strategy.js';
import type { AcceptInvitationDto, LoginDto, MfaCodeDto, MfaEnrolmentConfirmDto } from './dto/auth.dto.js';
import { MfaService, WRONG_CODE } from './mfa/mfa.service.js';
import { PendingSignIn } from './mfa/pending-sign-in.js';
import { assertStrongPassword } from './password-strength/strong-password.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { SignInThrottle } from './sign-in-throttle.service.js';
import { hashToken } from './token-hash.js';

const WRONG_CREDENTIALS = 'E-mail or password is wrong';
const TOO_MANY = 'Too many failed attempts: sign-in is paused for a while, try again later';
/** The sign-in audit event's reason when the session it starts is restricted. */
const RESTRICTED_SIGN_IN = 'restricted session: the account is suspended';

/** Where an attempt comes from: the request id for the audit log, the address for throttling. */
export interface Attempt {
  requestId: string;
  address: string;
}

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
    private readonly mfa: MfaService,
    private readonly pending: PendingSignIn,
    private readonly throttle: SignInThrottle,
    private readonly abilities: CallerAbilities,
    private readonly accounts: UsersService,
  ) {}

  /** The password step: a session, or the second step an account needs (a code, or enrolment). */
  async login(dto: LoginDto, attempt: Attempt): Promise<SignInAnswer> {
    await this.refuseWhileLocked(dto.email, attempt.address);
    const user = await this.users.findForSignIn(dto.email);
    const passwordMatches = await verifyPassword(user?.passwordHash, dto.password);
    if (!user || !passwordMatches || user.status === UserStatus.Erased) {
      // An unknown address is not stored: it may be someone's personal data typed by mistake.
      await this.failed(dto.email, user, user ? 'wrong password' : 'unknown e-mail', attempt);
      throw new AccessError(AccessErrorCode.WrongCredentials, WRONG_CREDENTIALS);
    }
    // A suspended account signs in as anyone else does (second factor included) to a restricted
    // session: its complaint and privacy rights stay open. One whose time is up is lifted first,
    // so the person does not wait for the lifting job to get their full session back.
    await this.liftEndedSuspension(user);
    // Only after the password: an unconfirmed address is told to no one who could not sign in anyway.
    if (!user.emailConfirmedAt) {
      throw new AccessError(AccessErrorCode.EmailUnconfirmed, 'Confirm your e-mail address first with the link we sent; POST /api/auth/resend-confirmation sends a new one');
    }
    if (await this.mfa.isEnrolled(user.id)) return { mfaRequired: true, mfaToken: await this.pending.issue(user.id, 'mfa') };
    if (isStaff(user.roles)) return { mfaEnrolmentRequired: true, enrolmentToken: await this.pending.issue(user.id, 'enrol') };
    await this.throttle.succeeded(user.email);
    return this.startSession(user, AuditAction.SignIn, attempt.requestId, PASSWORD_ONLY);
  }

  /** The second step: a TOTP or recovery code for the account the password step named. */
  async completeMfa(dto: MfaCodeDto, attempt: Attempt): Promise<AuthTokens> {
    const user = await this.pendingUser(dto.mfaToken, 'mfa');
    await this.refuseWhileLocked(user.email, attempt.address);
    const valid = await this.db.transaction((manager) => this.mfa.check(manager, user.id, dto.code, attempt.requestId));
    if (!valid) {
      await this.failed(user.email, user, 'wrong second-factor code', attempt);
      throw new AccessError(AccessErrorCode.MfaCodeWrong, WRONG_CODE);
    }
    await this.throttle.succeeded(user.email);
    return this.startSession(user, AuditAction.SignIn, attempt.requestId, WITH_SECOND_FACTOR);
  }

  /** Staff without a second factor get a secret and recovery codes to set one up. */
  async beginEnrolment(enrolmentToken: string): Promise<MfaEnrolment> {
    const user = await this.pendingUser(enrolmentToken, 'enrol');
    return this.mfa.begin(user.id);
  }

  /** The first code from the new authenticator turns the factor on and signs in. */
  async confirmEnrolment(dto: MfaEnrolmentConfirmDto, attempt: Attempt): Promise<AuthTokens> {
    const user = await this.pendingUser(dto.enrolmentToken, 'enrol');
    await this.refuseWhileLocked(user.email, attempt.address);
    try {
      await this.mfa.confirm(user.id, dto.code, attempt.requestId);
    } catch (error) {
      if (error instanceof AccessError && error.code === AccessErrorCode.MfaCodeWrong) await this.failed(user.email, user, 'wrong enrolment code', attempt);
      throw error;
    }
    await this.throttle.succeeded(user.email);
    return this.startSession(user, AuditAction.SignIn, attempt.requestId, WITH_SECOND_FACTOR);
  }

  /** An invited person chooses a password; staff then set up their second factor before a session. */
  async acceptInvitation(dto: AcceptInvitationDto, requestId: string): Promise<SignInAnswer> {
    const tokenHash = hashToken(dto.token);
    const usable = (invited: User | null): invited is User =>
      invited !== null && invited.invitationExpiresAt !== null && invited.invitationExpiresAt.getTime() >= Date.now() && invited.status === UserStatus.Active;
    const invalid = () => new AccessError(AccessErrorCode.InvitationInvalid, 'token is not a valid invitation, or it has expired: ask the platform owner for a new one');
    // The invitation first: the password is judged against the invited person's address and name.
    const invitee = await this.db.transaction((manager) => this.users.findByInvitationTokenHash(manager, tokenHash));
    if (!usable(invitee)) throw invalid();
    assertStrongPassword(dto.password, { email: invitee.email, displayName: invitee.displayName });
    const passwordHash = await hashPassword(dto.password);
    const user = await this.db.transaction(async (manager: EntityManager) => {
      const invited = await this.users.findByInvitationTokenHash(manager, tokenHash);
      if (!usable(invited)) throw invalid();
      await manager.update(User, { id: invited.id }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null, emailConfirmedAt: invited.emailConfirmedAt ?? new Date() });
      await this.audit.record(manager, signInEvent(invited, AuditAction.InvitationAccepted, requestId));
      return invited;
    });
    if (isStaff(user.roles) && !(await this.mfa.isEnrolled(user.id))) {
      return { mfaEnrolmentRequired: true, enrolmentToken: await this.pending.issue(user.id, 'enrol') };
    }
    return this.startSession(user, AuditAction.SignIn, requestId, PASSWORD_ONLY);
  }

  async refresh(token: string, requestId: string): Promise<AuthTokens> {
    const { userId, familyId, amr, refreshToken } = await this.refreshTokens.rotate(token, requestId);
    // tokens() resolves the account as it is now: an erased one is refused, a suspended one stays restricted.
    return this.tokens(userId, refreshToken, familyId, amr);
  }

  async logout(token: string, requestId: string): Promise<void> {
    const userId = await this.refreshTokens.revokeSessionOf(token);
    if (userId) {
      await this.audit.record(this.db.manager, { actorId: userId, action: AuditAction.SignOut, subjectType: Subject.User, subjectId: userId, requestId });
    }
  }

  private async startSession(user: User, action: AuditAction, requestId: string, amr: readonly AuthMethod[]): Promise<AuthTokens> {
    const familyId = randomUUID();
    const refreshToken = await this.db.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastSignInAt: new Date() });
      await this.audit.record(manager, { ...signInEvent(user, action, requestId), reason: user.status === UserStatus.Suspended ? RESTRICTED_SIGN_IN : undefined });
      return this.refreshTokens.issue(manager, user.id, familyId, amr);
    });
    return this.tokens(user.id, refreshToken, familyId, amr);
  }

  private async pendingUser(token: string, purpose: 'mfa' | 'enrol'): Promise<User> {
    const userId = await this.pending.userOf(token, purpose);
    const user = await this.db.manager.findOneBy(User, { id: userId });
    if (!user || user.status === UserStatus.Erased) throw new AccessError(AccessErrorCode.MfaTokenInvalid, 'This sign-in can no longer be completed: sign in again');
    return user;
  }

  private async liftEndedSuspension(user: User): Promise<void> {
    if (user.status !== UserStatus.Suspended || !user.suspendedUntil || user.suspendedUntil.getTime() > Date.now()) return;
    if (await this.accounts.liftIfExpired(user.id)) Object.assign(user, { status: UserStatus.Active, suspendedUntil: null });
  }

  private async refuseWhileLocked(email: string, address: string): Promise<void> {
    if (await this.throttle.lockedOut(email, address)) throw new AccessError(AccessErrorCode.TooManyAttempts, TOO_MANY);
  }

  /** Audits a failed attempt and counts it; reaching a limit locks and is audited too. */
  private async failed(email: string, user: User | null, reason: string, attempt: Attempt): Promise<void> {
    const subject = { subjectType: user ? Subject.User : undefined, subjectId: user?.id, municipalityId: user?.homeMunicipalityId };
    await this.audit.record(this.db.manager, { actorId: null, action: AuditAction.SignInFailed, ...subject, reason, requestId: attempt.requestId });
    const locked = await this.throttle.failed(email, attempt.address);
    if (locked) {
      await this.audit.record(this.db.manager, {
        actorId: null,
        action: AuditAction.SignInLockedOut,
        ...subject,
        reason: `too many failed attempts from this ${locked}: locked for ${this.config.signInThrottle.lockoutMinutes} minutes`,
        requestId: attempt.requestId,
      });
    }
  }

  private async tokens(userId: string, refreshToken: string, familyId: string, amr: readonly AuthMethod[]): Promise<AuthTokens> {
    const access = await this.abilities.resolve(userId, familyId);
    if (access === 'session_ended') throw new AccessError(AccessErrorCode.RefreshTokenInvalid, 'This session was ended: sign in again');
    if (access === 'inactive') throw new AccessError(AccessErrorCode.AccountInactive, 'This account can no longer sign in');
    // A password-only session (from before a promotion or before sessions recorded amr) must not refresh into staff access.
    // Suspended staff too: their restricted session is still a staff account's, and the rule stays one rule.
    if (isStaff(access.facts.roles) && !hasSecondFactor(amr)) throw secondFactorRequired();
    // Restricted or not is decided here, from the account as it is now: a refresh while still
    // suspended stays restricted, whatever the client sends.
    const payload: AccessTokenPayload = { sub: userId, sid: familyId, amr: [...amr], ...(access.restricted ? { restricted: true as const } : {}) };
    const accessToken = await this.jwt.signAsync(payload, { expiresIn: this.config.accessTokenTtlSeconds });
    const user = await this.me.describe({ ...access.facts, ability: access.ability, restricted: access.restricted });
    return { accessToken, refreshToken, expiresIn: this.config.accessTokenTtlSeconds, restricted: access.restricted, user };
  }
}

function signInEvent(user: User, action: AuditAction, requestId: string) {
  return { actorId: user.id, action, subjectType: Subject.User, subjectId: user.id, municipalityId: user.homeMunicipalityId, requestId };
}
