import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../../platform/config/app-config.js';
import { KeyPurpose } from '../../platform/keys/key-purpose.js';
import { Keys } from '../../platform/keys/keys.js';
import { AccessError, AccessErrorCode } from '../access.errors.js';

export type PendingPurpose = 'mfa' | 'enrol';

interface PendingPayload {
  sub: string;
  purpose: PendingPurpose;
}

/**
 * The short-lived proof that a password was right, carried to the second step. Signed with a
 * key of its own, never the access-token key, so it can never pass as an access token.
 */
@Injectable()
export class PendingSignIn {
  private readonly secret: Buffer;
  private readonly lifetimeSeconds: Record<PendingPurpose, number>;

  constructor(
    private readonly jwt: JwtService,
    keys: Keys,
    config: AppConfig,
  ) {
    this.lifetimeSeconds = { mfa: config.lifetimes.mfaChallengeSeconds, enrol: config.lifetimes.mfaEnrolmentSeconds };
    this.secret = keys.for(KeyPurpose.PendingSignIn);
  }

  issue(userId: string, purpose: PendingPurpose): Promise<string> {
    const payload: PendingPayload = { sub: userId, purpose };
    return this.jwt.signAsync(payload, { secret: this.secret, expiresIn: this.lifetimeSeconds[purpose] });
  }

  /** The user id the token was issued for, if it is valid for `purpose`. */
  async userOf(token: string, purpose: PendingPurpose): Promise<string> {
    const field = purpose === 'mfa' ? 'mfaToken' : 'enrolmentToken';
    try {
      const payload = await this.jwt.verifyAsync<PendingPayload>(token, { secret: this.secret, algorithms: ['HS256'] });
      if (payload.purpose === purpose && typeof payload.sub === 'string') return payload.sub;
    } catch {
      // Expired or forged: the same answer as the wrong purpose.
    }
    throw new AccessError(AccessErrorCode.MfaTokenInvalid, `${field} is not valid or has expired: sign in again with your password`);
  }
}
