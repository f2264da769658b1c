import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditAction, Subject } from '@samverka/shared';
import { DataSource, type EntityManager, IsNull, LessThan } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { hashToken } from './token-hash.js';
import { SessionRevoker } from '../identity/session-revoker.js';
import { AppConfig } from '../platform/config/app-config.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
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
export class RefreshTokensService implements SessionRevoker {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  /** Starts a new session for a person who just proved who they are. */
  issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<string> {
    return this.insert(manager, userId, familyId);
  }

  /**
   * Exchanges a refresh token for a new one of the same family. Returns the user id.
   * Reuse revokes the family and is committed before the refusal is thrown.
   */
  async rotate(token: string, requestId: string): Promise<{ userId: string; refreshToken: string }> {
    const outcome = await this.db.transaction(async (manager) => {
      const current = await this.findValid(manager, token);
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
        return { reused: true as const };
      }
      await manager.update(RefreshToken, { id: current.id }, { replacedAt: new Date() });
      const refreshToken = await this.insert(manager, current.userId, current.familyId);
      return { reused: false as const, userId: current.userId, refreshToken };
    });
    if (outcome.reused) {
      throw new AccessError(AccessErrorCode.RefreshTokenReused, 'This refresh token was already used, so the session was ended for safety: sign in again');
    }
    return { userId: outcome.userId, refreshToken: outcome.refreshToken };
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
    const row = await manager
      .getRepository(RefreshToken)
      .createQueryBuilder('t')
      .addSelect('t.tokenHash')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id: parts.id })
      .getOne();
    if (!row || !sameHash(row.tokenHash, hashToken(parts.secret)) || row.revokedAt !== null || row.expiresAt.getTime() <= Date.now()) {
      throw invalid();
    }
    return row;
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async insert(manager: EntityManager, userId: string, familyId: string): Promise<string> {
    const secret = randomBytes(32).toString('base64url');
    const id = randomUUID();
    await manager.insert(RefreshToken, {
      id,
      familyId,
      userId,
      tokenHash: hashToken(secret),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return `${id}.${secret}`;
  }
}
