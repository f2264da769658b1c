import { Injectable } from '@nestjs/common';
import { AuditAction, isStaff, type MfaEnrolment, Subject } from '@samverka/shared';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import { User } from '../../identity/users/user.entity.js';
import { SessionRevoker } from '../../identity/session-revoker.js';
import { AppConfig } from '../../platform/config/app-config.js';
import { AccessError, AccessErrorCode } from '../access.errors.js';
import type { Caller } from '../caller.js';
import { SignInThrottle } from '../sign-in-throttle.service.js';
import { hashToken } from '../token-hash.js';
import { decryptTotpSecret, encryptTotpSecret, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, otpauthUri, totpStep } from './totp.js';
import { MfaRecoveryCode, UserMfa } from './user-mfa.entity.js';

/** What a refused second-factor code is told, wherever it was typed. */
export const WRONG_CODE = 'code is wrong, has expired or was used already: type the current 6-digit code (or wait for the next one), or a recovery code';

/** TOTP second factors: enrolment, codes at sign-in, recovery codes, and a platform owner's reset. */
@Injectable()
export class MfaService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly sessions: SessionRevoker,
    private readonly throttle: SignInThrottle,
  ) {}

  async isEnrolled(userId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    return manager.existsBy(UserMfa, { userId, confirmedAt: NotNull() });
  }

  /**
   * Starts (or restarts) enrolment: a new secret and new recovery codes, shown this once. The
   * factor counts only after `confirm`, so an abandoned enrolment locks nobody out.
   */
  async begin(userId: string): Promise<MfaEnrolment> {
    return this.db.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: userId });
      if (await this.isEnrolled(userId, manager)) {
        throw new AccessError(AccessErrorCode.MfaAlreadyEnrolled, 'Two-factor sign-in is already set up for this account');
      }
      const secret = newTotpSecret();
      const recoveryCodes = newRecoveryCodes();
      await manager.delete(UserMfa, { userId });
      await manager.delete(MfaRecoveryCode, { userId });
      await manager.insert(UserMfa, { userId, secretCiphertext: encryptTotpSecret(secret, this.config.mfaEncryptionKey), confirmedAt: null });
      await manager.insert(
        MfaRecoveryCode,
        recoveryCodes.map((code) => ({ userId, codeHash: hashToken(normaliseRecoveryCode(code)) })),
      );
      return { secret, otpauthUri: otpauthUri(secret, user.email), recoveryCodes };
    });
  }

  /** Turns a started enrolment on with a first code from the authenticator app. */
  async confirm(userId: string, code: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const pending = await this.load(manager, userId);
      if (!pending || pending.confirmedAt) {
        throw new AccessError(AccessErrorCode.MfaNotStarted, 'Start two-factor enrolment first: there is no secret waiting for a code');
      }
      const step = await totpStep(this.secretOf(pending), code.trim());
      if (step === null) throw new AccessError(AccessErrorCode.MfaCodeWrong, WRONG_CODE);
      // The code that confirmed enrolment cannot sign in a moment later.
      await manager.update(UserMfa, { userId }, { confirmedAt: new Date(), lastUsedStep: String(step) });
      await this.audit.record(manager, { actorId: userId, action: AuditAction.MfaEnrolled, subjectType: Subject.User, subjectId: userId, requestId });
    });
  }

  /** Checks a sign-in code: a current TOTP code, or an unused recovery code (then used up). */
  async check(manager: EntityManager, userId: string, code: string, requestId: string): Promise<boolean> {
    const factor = await this.load(manager, userId);
    if (!factor?.confirmedAt) return false;
    const step = await totpStep(this.secretOf(factor), code.trim());
    if (step !== null) return this.useStep(manager, userId, step);
    const recovery = normaliseRecoveryCode(code);
    if (!/^[a-z0-9]{12}$/.test(recovery)) return false;
    const used = await manager.update(MfaRecoveryCode, { userId, codeHash: hashToken(recovery), usedAt: IsNull() }, { usedAt: new Date() });
    if (!used.affected) return false;
    await this.audit.record(manager, { actorId: userId, action: AuditAction.MfaRecoveryCodeUsed, subjectType: Subject.User, subjectId: userId, requestId });
    return true;
  }

  /** A citizen turns their optional second factor off; staff cannot, theirs is mandatory. */
  async disable(caller: Caller, code: string): Promise<void> {
    if (isStaff(caller.roles)) throw new AccessError(AccessErrorCode.MfaMandatory, 'Two-factor sign-in is mandatory for staff accounts');
    await this.db.transaction(async (manager) => {
      if (!(await this.check(manager, caller.id, code, caller.requestId))) throw new AccessError(AccessErrorCode.MfaCodeWrong, WRONG_CODE);
      await manager.delete(UserMfa, { userId: caller.id });
      await manager.delete(MfaRecoveryCode, { userId: caller.id });
      await this.audit.record(manager, { actorId: caller.id, action: AuditAction.MfaDisabled, subjectType: Subject.User, subjectId: caller.id, requestId: caller.requestId });
    });
  }

  /**
   * A platform owner removes a colleague's second factor (a lost phone): every session of the
   * account ends, and staff enrol again at their next sign-in.
   */
  async reset(caller: Caller, userId: string, reason: string): Promise<void> {
    const email = await this.db.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { id: userId });
      if (!user) throw new AccessError(AccessErrorCode.UserNotFound, `No user with id ${userId}`);
      await manager.delete(UserMfa, { userId });
      await manager.delete(MfaRecoveryCode, { userId });
      await this.sessions.revokeAllSessions(manager, userId);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.MfaReset,
        subjectType: Subject.User,
        subjectId: userId,
        municipalityId: user.homeMunicipalityId,
        reason,
        requestId: caller.requestId,
      });
      return user.email;
    });
    await this.throttle.clear(email);
  }

  /**
   * Takes a code's time step if it is later than the last one used: each code works once, and
   * of two requests racing with the same code only one wins the row.
   */
  private async useStep(manager: EntityManager, userId: string, step: number): Promise<boolean> {
    const taken = await manager
      .createQueryBuilder()
      .update(UserMfa)
      .set({ lastUsedStep: String(step) })
      .where('user_id = :userId AND (last_used_step IS NULL OR last_used_step < :step)', { userId, step })
      .execute();
    return (taken.affected ?? 0) > 0;
  }

  private load(manager: EntityManager, userId: string): Promise<UserMfa | null> {
    return manager.getRepository(UserMfa).createQueryBuilder('m').addSelect('m.secretCiphertext').where('m.userId = :userId', { userId }).getOne();
  }

  private secretOf(factor: UserMfa): string {
    return decryptTotpSecret(factor.secretCiphertext, this.config.mfaEncryptionKey);
  }
}

const NotNull = () => Not(IsNull());
