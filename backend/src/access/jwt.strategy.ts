import { createSecretKey } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../platform/config/app-config.js';
import type { Caller } from './caller.js';
import { CallerAbilities } from './caller-abilities.service.js';

export interface AccessTokenPayload {
  sub: string;
  /** The session (refresh-token family) the token was issued in. */
  sid?: string;
}

/**
 * Turns a bearer access token into the caller. The account's access version is read on every
 * request so that a suspension, a role change or an ended session takes effect at once, not
 * when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly abilities: CallerAbilities,
  ) {
    // A KeyObject, made once: given a string, jsonwebtoken first tries it as a public key and
    // throws on every request before taking it as a secret (a quarter of /api/me's CPU).
    const key = createSecretKey(Buffer.from(config.jwtSecret)) as unknown as Buffer;
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: key, algorithms: ['HS256'] });
  }

  async validate(payload: AccessTokenPayload): Promise<Omit<Caller, 'requestId'>> {
    const access = await this.abilities.resolve(payload.sub, payload.sid);
    if (access === 'inactive') throw new UnauthorizedException('This account can no longer sign in');
    if (access === 'session_ended') throw new UnauthorizedException('This session was ended: sign in again');
    return { ...access.facts, sessionId: payload.sid, ability: access.ability };
  }
}
