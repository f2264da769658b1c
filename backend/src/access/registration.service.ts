import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditAction, Role, Subject, UserStatus } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { Municipality } from '../identity/municipalities/municipality.entity.js';
import { TermsAcceptance } from '../identity/terms-acceptance.port.js';
import { User } from '../identity/users/user.entity.js';
import { NotifyService } from '../notify/notify.service.js';
import { AppConfig } from '../platform/config/app-config.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import type { EmailOnlyDto, RegisterDto, ResetPasswordDto } from './dto/auth.dto.js';
import { assertStrongPassword } from './password-strength/strong-password.js';
import { hashPassword } from './passwords.js';
import { RefreshTokensService } from './refresh-tokens.service.js';
import { SignInThrottle } from './sign-in-throttle.service.js';
import { hashToken } from './token-hash.js';

/** The one answer registration and the e-mail requests give, whatever the address: it must not tell whether an account exists. */
export const CHECK_YOUR_EMAIL = { message: 'If the address can be used, we have sent an e-mail to it: follow the link in it' } as const;
export type CheckYourEmail = typeof CHECK_YOUR_EMAIL;

const newToken = () => randomBytes(32).toString('base64url');

/**
 * Self-registration, e-mail confirmation and password reset. Every answer to "is this address
 * known?" goes to the address's inbox, never into the HTTP response. The rate-limit guard has
 * run and the DTO is valid before any of this; argon2 runs only after the cheap checks.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly terms: TermsAcceptance,
    private readonly refreshTokens: RefreshTokensService,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * A new address gets an unconfirmed account and a confirmation link; a known one gets "you
   * already have an account" with a reset link. Both hash the password, so both take as long.
   */
  async register(dto: RegisterDto, requestId: string): Promise<CheckYourEmail> {
    // Checks that do not depend on the address come first, so their 4xx cannot reveal it.
    await this.terms.checkVersion(this.db.manager, dto.acceptedTermsVersion);
    if (dto.homeMunicipalityId && !(await this.db.manager.existsBy(Municipality, { id: dto.homeMunicipalityId }))) {
      throw new AccessError(AccessErrorCode.MunicipalityNotFound, 'homeMunicipalityId names a municipality that does not exist');
    }
    // Judged on what was typed only, so the answer is the same whether the address is known.
    assertStrongPassword(dto.password, { email: dto.email, displayName: dto.displayName });
    const passwordHash = await hashPassword(dto.password);
    await this.db.transaction(async (manager) => {
      const [known] = await manager.query(`SELECT id, status FROM users WHERE email = $1 FOR UPDATE`, [dto.email]);
      if (known) {
        if (known.status !== UserStatus.Erased) await this.sendReset(manager, known.id, dto.email, 'account-exists');
        return;
      }
      const token = newToken();
      const user = await manager.save(
        manager.create(User, {
          email: dto.email,
          displayName: dto.displayName,
          passwordHash,
          status: UserStatus.Active,
          roles: [Role.Citizen],
          homeMunicipalityId: dto.homeMunicipalityId ?? null,
          emailConfirmedAt: null,
        }),
      );
      await this.setConfirmationToken(manager, user.id, token);
      await this.terms.recordAcceptance(manager, user.id, dto.acceptedTermsVersion);
      await this.audit.record(manager, accountEvent(user.id, user.homeMunicipalityId, AuditAction.Registered, requestId));
      await this.sendConfirmation(manager, user.id, dto.email, token);
    });
    return CHECK_YOUR_EMAIL;
  }

  /** A new confirmation link for an account that has not confirmed yet; nothing for any other address. */
  async resendConfirmation(dto: EmailOnlyDto): Promise<CheckYourEmail> {
    await this.db.transaction(async (manager) => {
      const [user] = await manager.query(`SELECT id FROM users WHERE email = $1 AND email_confirmed_at IS NULL AND status = 'active' FOR UPDATE`, [dto.email]);
      if (!user) return;
      const token = newToken();
      await this.setConfirmationToken(manager, user.id, token);
      await this.sendConfirmation(manager, user.id, dto.email, token);
    });
    return CHECK_YOUR_EMAIL;
  }

  /** The link from the confirmation e-mail: works once, until it expires. */
  async confirmEmail(token: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE users SET email_confirmed_at = now(), email_confirmation_token_hash = NULL, email_confirmation_expires_at = NULL
          WHERE email_confirmation_token_hash = $1 AND email_confirmation_expires_at > now() AND status <> 'erased'
          RETURNING id, home_municipality_id`,
        [hashToken(token)],
      );
      const user = rows?.[0];
      if (!user)
        throw new AccessError(AccessErrorCode.ConfirmationInvalid, 'token is not a valid confirmation link, or it has expired or was used: ask for a new one (POST /api/auth/resend-confirmation)');
      await this.audit.record(manager, accountEvent(user.id, user.home_municipality_id, AuditAction.EmailConfirmed, requestId));
    });
  }

  /** A reset link for an account with this address, if there is one; the same answer if not. */
  async requestPasswordReset(dto: EmailOnlyDto): Promise<CheckYourEmail> {
    await this.db.transaction(async (manager) => {
      const [user] = await manager.query(`SELECT id FROM users WHERE email = $1 AND status <> 'erased' FOR UPDATE`, [dto.email]);
      if (user) await this.sendReset(manager, user.id, dto.email, 'password-reset');
    });
    return CHECK_YOUR_EMAIL;
  }

  /**
   * Sets the new password, ends every session of the account and confirms the address (the link
   * came to it). The token is spent in the same statement that sets the password: it works once.
   */
  async resetPassword(dto: ResetPasswordDto, requestId: string): Promise<void> {
    const tokenHash = hashToken(dto.token);
    const invalid = () =>
      new AccessError(AccessErrorCode.PasswordResetInvalid, 'token is not a valid password-reset link, or it has expired or was used: ask for a new one (POST /api/auth/password-reset)');
    const [pending] = await this.db.query(`SELECT email, display_name FROM users WHERE password_reset_token_hash = $1 AND password_reset_expires_at > now() AND status <> 'erased'`, [tokenHash]);
    if (!pending) throw invalid();
    // After the token: only the mailbox's holder learns that the account's name made it weak.
    assertStrongPassword(dto.password, { email: pending.email, displayName: pending.display_name });
    const passwordHash = await hashPassword(dto.password);
    const email = await this.db.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE users SET password_hash = $2, password_reset_token_hash = NULL, password_reset_expires_at = NULL, email_confirmed_at = coalesce(email_confirmed_at, now())
          WHERE password_reset_token_hash = $1 AND password_reset_expires_at > now() AND status <> 'erased'
          RETURNING id, email, home_municipality_id`,
        [tokenHash, passwordHash],
      );
      const user = rows?.[0];
      if (!user) throw invalid();
      await this.refreshTokens.revokeAllSessions(manager, user.id);
      await this.audit.record(manager, { ...accountEvent(user.id, user.home_municipality_id, AuditAction.PasswordReset, requestId), reason: 'all sessions ended' });
      return user.email as string;
    });
    // Whoever holds the mailbox may sign in again at once, even if guessing had locked the account.
    await this.throttle.clear(email);
  }

  private async setConfirmationToken(manager: EntityManager, userId: string, token: string): Promise<void> {
    await manager.query(`UPDATE users SET email_confirmation_token_hash = $2, email_confirmation_expires_at = now() + make_interval(hours => $3::int) WHERE id = $1`, [
      userId,
      hashToken(token),
      this.config.lifetimes.emailConfirmationHours,
    ]);
  }

  private async sendConfirmation(manager: EntityManager, userId: string, email: string, token: string): Promise<void> {
    const link = `${this.config.publicUrl}/#/confirm-email/${token}`;
    await this.notify.email(manager, { to: email, userId, template: 'account-confirm', params: { link, hours: String(this.config.lifetimes.emailConfirmationHours) } });
  }

  /** A new reset token replaces any earlier one: only the newest link works. */
  private async sendReset(manager: EntityManager, userId: string, email: string, template: 'account-exists' | 'password-reset'): Promise<void> {
    const token = newToken();
    await manager.query(`UPDATE users SET password_reset_token_hash = $2, password_reset_expires_at = now() + make_interval(mins => $3::int) WHERE id = $1`, [
      userId,
      hashToken(token),
      this.config.lifetimes.passwordResetMinutes,
    ]);
    const link = `${this.config.publicUrl}/#/reset-password/${token}`;
    await this.notify.email(manager, { to: email, userId, template, params: { link, minutes: String(this.config.lifetimes.passwordResetMinutes) } });
  }
}

function accountEvent(userId: string, municipalityId: string | null, action: AuditAction, requestId: string) {
  return { actorId: userId, action, subjectType: Subject.User, subjectId: userId, municipalityId, requestId };
}
