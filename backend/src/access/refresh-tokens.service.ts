import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditAction, isStaff, type Role, type SessionRecord, Subject } from '@samverka/shared';
import { DataSource, type EntityManager, IsNull, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashToken } from './token-hash.js';
import { SessionRevoker } from '../identity/session-revoker.js';
import type { SignInSessionRow, SignInSessions } from '../identity/sign-in-sessions.port.js';
import { AppConfig } from '../platform/config/app-config.js';
import { returnedRows } from '../platform/database/returning.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import type { AuthMethod } from './auth-methods.js';
import { RefreshToken } from './refresh-token.entity.js';

/** Refresh tokens are `<id>.<secret>`; only the secret's sha256 is stored. */
const parse = (token: string): { id: string; secret: string } | null => {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  return match ? { id: match[1], secret: match[2] } : null;
};

const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Sign-in sessions as families of rotating refresh tokens. A token is exchanged once; a second
 * use means it was copied, and the whole family is revoked.
 */
@Injectable()
export class RefreshTokensService implements SessionRevoker, SignInSessions {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Starts a new session for a person who just proved who they are, by `amr`. */
  issue(manager: EntityManager, userId: string, familyId: string, amr: readonly AuthMethod[]): Promise<string> {
    return this.insert(manager, userId, familyId, amr);
  }

  /**
   * Exchanges a refresh token for a new one of the same family. Returns the user id.
   * Reuse revokes the family and is committed before the refusal is thrown.
   */
  async rotate(token: string, requestId: string): Promise<{ userId: string; familyId: string; amr: AuthMethod[]; refreshToken: string }> {
    const outcome = await this.db.transaction(async (manager) => {
      const current = await this.findValid(manager, token);
      if (await this.idleTooLong(manager, current)) {
        await this.revokeFamily(manager, current.familyId);
        await this.audit.record(manager, {
          actorId: null,
          action: AuditAction.SessionIdleExpired,
          subjectType: Subject.User,
          subjectId: current.userId,
          reason: `A staff session was unused for over ${this.config.staffIdleTimeoutMinutes} minutes`,
          requestId,
        });
        return { reused: false as const, idle: true as const };
      }
      if (current.replacedAt !== null) {
        await this.revokeFamily(manager, current.familyId);
        await this.audit.record(manager, {
          actorId: null,
          action: AuditAction.RefreshTokenReuse,
          subjectType: Subject.User,
          subjectId: current.userId,
          reason: 'A refresh token was used twice; every session of its sign-in was ended',
          requestId,
        });
        return { reused: true as const, idle: false as const };
      }
      await manager.update(RefreshToken, { id: current.id }, { replacedAt: new Date() });
      // The successor keeps how the session was authenticated: a refresh proves nothing new.
      const refreshToken = await this.insert(manager, current.userId, current.familyId, current.amr);
      return { reused: false as const, idle: false as const, userId: current.userId, familyId: current.familyId, amr: current.amr, refreshToken };
    });
    if (outcome.reused) {
      throw new AccessError(AccessErrorCode.RefreshTokenReused, 'This refresh token was already used, so the session was ended for safety: sign in again');
    }
    if (outcome.idle) {
      throw new AccessError(AccessErrorCode.RefreshTokenInvalid, 'The session ended after a period of inactivity: sign in again');
    }
    return { userId: outcome.userId, familyId: outcome.familyId, amr: outcome.amr, refreshToken: outcome.refreshToken };
  }

  /** The person's sessions that can still be refreshed, most recently used first. */
  async sessionsOf(userId: string, currentFamilyId: string | undefined): Promise<SessionRecord[]> {
    const rows: { family_id: string; started_at: Date; last_used_at: Date; expires_at: Date }[] = await this.db.query(
      `SELECT family_id, min(created_at) AS started_at, max(created_at) AS last_used_at, max(expires_at) AS expires_at
         FROM refresh_tokens
        WHERE user_id = $1
        GROUP BY family_id
       HAVING bool_or(revoked_at IS NULL AND replaced_at IS NULL AND expires_at > now())
        ORDER BY last_used_at DESC`,
      [userId],
    );
    return rows.map((row) => ({
      id: row.family_id,
      startedAt: row.started_at.toISOString(),
      lastUsedAt: row.last_used_at.toISOString(),
      expiresAt: row.expires_at.toISOString(),
      current: row.family_id === currentFamilyId,
    }));
  }

  /** Ends one of the person's own sessions; someone else's is reported as missing. */
  async revokeOwnSession(userId: string, familyId: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const result = await manager.update(RefreshToken, { userId, familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
      if (!result.affected) throw new AccessError(AccessErrorCode.SessionNotFound, `No active session with id ${familyId}`);
      await this.audit.record(manager, { actorId: userId, action: AuditAction.SessionRevoked, subjectType: Subject.User, subjectId: userId, reason: `session ${familyId}`, requestId });
    });
  }

  async revokeOwnSessions(userId: string, requestId: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      await this.revokeAllSessions(manager, userId);
      await this.audit.record(manager, { actorId: userId, action: AuditAction.SessionRevoked, subjectType: Subject.User, subjectId: userId, reason: 'every session', requestId });
    });
  }

  /** Access tokens name their session, so ending it takes effect before they expire. */
  async isActive(familyId: string): Promise<boolean> {
    return this.db.manager.existsBy(RefreshToken, { familyId, revokedAt: IsNull() });
  }

  /** Staff sessions end when unused for longer than the idle timeout; citizens' do not. */
  private async idleTooLong(manager: EntityManager, current: RefreshToken): Promise<boolean> {
    if (Date.now() - current.createdAt.getTime() <= this.config.staffIdleTimeoutMinutes * 60_000) return false;
    const rows: { roles: Role[] }[] = await manager.query(`SELECT roles FROM users WHERE id = $1`, [current.userId]);
    return rows.length > 0 && isStaff(rows[0].roles);
  }

  /** Ends the session a refresh token belongs to (sign-out). Unknown tokens are ignored. */
  async revokeSessionOf(token: string): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      const current = await this.findValid(manager, token).catch(() => null);
      if (!current) return null;
      await this.revokeFamily(manager, current.familyId);
      return current.userId;
    });
  }

  async revokeAllSessions(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  historyOf(manager: EntityManager, userId: string): Promise<SignInSessionRow[]> {
    return manager.query(`SELECT created_at AS signed_in_at, expires_at, revoked_at FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at`, [userId]);
  }

  async deleteAll(manager: EntityManager, userId: string): Promise<number> {
    return returnedRows(await manager.query(`DELETE FROM refresh_tokens WHERE user_id = $1 RETURNING id`, [userId])).length;
  }

  /** Removes tokens that can no longer be used, a week after they stopped working. */
  async pruneExpired(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - 7 * 86_400_000);
    const result = await this.db.manager.delete(RefreshToken, { expiresAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }

  private async findValid(manager: EntityManager, token: string): Promise<RefreshToken> {
    const invalid = () => new AccessError(AccessErrorCode.RefreshTokenInvalid, 'refreshToken is not valid or has expired: sign in again');
    const parts = parse(token);
    if (!parts) throw invalid();
    const row = await manager.getRepository(RefreshToken).createQueryBuilder('t').addSelect('t.tokenHash').setLock('pessimistic_write').where('t.id = :id', { id: parts.id }).getOne();
    if (!row || !sameHash(row.tokenHash, hashToken(parts.secret)) || row.revokedAt !== null || row.expiresAt.getTime() <= Date.now()) {
      throw invalid();
    }
    return row;
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async insert(manager: EntityManager, userId: string, familyId: string, amr: readonly AuthMethod[]): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await manager.insert(RefreshToken, {
      id,
      familyId,
      userId,
      amr: [...amr],
      tokenHash: hashToken(secret),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return `${id}.${secret}`;
  }
}
