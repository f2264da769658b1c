import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { isStaff } from '@samverka/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import { AccessError, AccessErrorCode } from './access.errors.js';
import { type AuthMethod, hasSecondFactor, secondFactorRequired } from './auth-methods.js';
import type { Caller } from './caller.js';
import { CallerAbilities } from './caller-abilities.service.js';

export interface AccessTokenPayload {
  sub: string;
  /** The session (refresh-token family) the token was issued in. */
  sid: string;
  /** How the session was authenticated (RFC 8176): `pwd`, plus `otp` after a second factor. */
  amr: AuthMethod[];
  /**
   * Issued to a suspended account: the session is restricted. Never upgraded: once the account is
   * active again the token is refused, and the next sign-in gives a full session.
   */
  restricted?: true;
  exp?: number;
}

/** Any UUID PostgreSQL accepts in its canonical form; anything else never reaches a query. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns a bearer access token into the caller. The account's access version is read on every
 * request so that a suspension, a role change or an ended session takes effect at once, not
 * when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    keys: Keys,
    private readonly abilities: CallerAbilities,
  ) {
    // A KeyObject, made once: given a string, jsonwebtoken first tries it as a public key and
    // throws on every request before taking it as a secret (a quarter of /api/me's CPU).
    const key = createSecretKey(keys.for(KeyPurpose.AccessToken)) as unknown as Buffer;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'] });
  }

  async validate(payload: Partial<AccessTokenPayload>): Promise<Omit<Caller, 'requestId'>> {
    const { sub, sid, exp } = payload;
    // Every token this service issues has all three: one without a session or an expiry would
    // outlive sign-out and suspension, so it is refused however it was signed.
    if (typeof sub !== 'string' || !UUID.test(sub) || typeof sid !== 'string' || !UUID.test(sid) || typeof exp !== 'number') {
      throw new AccessError(AccessErrorCode.AccessTokenInvalid, 'The access token is not one this service issued (it needs sub, sid and exp): sign in again');
    }
    const amr = Array.isArray(payload.amr) ? payload.amr.filter((method): method is AuthMethod => typeof method === 'string') : [];
    const access = await this.abilities.resolve(sub, sid);
    if (access === 'inactive') throw new UnauthorizedException('This account can no longer sign in');
    if (access === 'session_ended') throw new UnauthorizedException('This session was ended: sign in again');
    // Ending a suspension ends its sessions too; should a restricted token still be about, it is
    // not turned into a full one behind its holder's back.
    if (payload.restricted === true && !access.restricted) throw new UnauthorizedException('The suspension has ended: sign in again for a full session');
    // Staff powers come from the account's current roles, so they need a second factor in the
    // session itself, however the session began.
    if (isStaff(access.facts.roles) && !hasSecondFactor(amr)) throw secondFactorRequired();
    return { ...access.facts, sessionId: sid, amr, ability: access.ability, restricted: access.restricted };
  }
}
