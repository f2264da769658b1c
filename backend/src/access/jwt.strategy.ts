import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { abilityFor, UserStatus } from '@samverka/shared';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../platform/config/app-config.js';
import { GroupRelations, relationFacts } from '../identity/group-relations.port.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import type { Caller } from './caller.js';
import { RefreshTokensService } from './refresh-tokens.service.js';

export interface AccessTokenPayload {
  sub: string;
  /** The session (refresh-token family) the token was issued in. */
  sid?: string;
}

/**
 * Turns a bearer access token into the caller. The account is read on every request so that a
 * suspension or a role change takes effect at once, not when the token expires.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly users: UsersRepository,
    private readonly groups: GroupRelations,
    private readonly refreshTokens: RefreshTokensService,
  ) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: config.jwtSecret, algorithms: ['HS256'] });
  }

  async validate(payload: AccessTokenPayload): Promise<Omit<Caller, 'requestId'>> {
    const [account, relations, sessionActive] = await Promise.all([
      this.users.findAccessFacts(payload.sub),
      this.groups.of(payload.sub),
      payload.sid ? this.refreshTokens.isActive(payload.sid) : Promise.resolve(true),
    ]);
    if (!account || account.status !== UserStatus.Active) {
      throw new UnauthorizedException('This account can no longer sign in');
    }
    if (!sessionActive) throw new UnauthorizedException('This session was ended: sign in again');
    const facts = { ...account, ...relationFacts(relations) };
    return { ...facts, sessionId: payload.sid, ability: abilityFor(facts) };
  }
}
