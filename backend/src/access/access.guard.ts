import { type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { AccessError, AccessErrorCode } from './access.errors.js';
import type { Caller } from './caller.js';
import { OPEN_WHILE_SUSPENDED_KEY } from './open-while-suspended.decorator.js';
import { POLICY_KEY, type Policy } from './policy.decorator.js';

const SUSPENDED =
  'This account is suspended. Until the suspension ends you can read your account (GET /api/me) and your notifications with the statements of reasons, ' +
  'appeal a decision about you (POST /api/appeals), use your privacy rights (export, erasure, consents under /api/me) and sign out';

/**
 * The one gate of every route: deny when a route declares no policy, authenticate the bearer
 * token, refuse a suspended account's restricted session unless the route is open to it, then
 * check the caller's rules against the policy.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new ForbiddenException('This route declares no access policy, so it is closed');
    if (policy.kind === 'public') return true;

    await super.canActivate(context);
    const caller = context.switchToHttp().getRequest<Request & { user: Caller }>().user;
    // Deny by default: only a session known to be full skips the check.
    if (caller.restricted !== false && !this.reflector.getAllAndOverride<boolean | undefined>(OPEN_WHILE_SUSPENDED_KEY, [context.getHandler(), context.getClass()])) {
      throw new AccessError(AccessErrorCode.AccountSuspended, SUSPENDED);
    }
    if (policy.kind === 'signed-in') return true;

    if (!caller.ability.can(policy.action, policy.subject)) {
      throw new ForbiddenException(`Your role may not ${policy.action} ${policy.subject} records`);
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T | false, info: unknown): T {
    // Passport hands over whatever its strategy failed with; rethrown as it came, for the exception filter.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (error) throw error;
    if (!user) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw new UnauthorizedException(expired ? 'The access token has expired: refresh it or sign in again' : 'Sign in first: a valid bearer access token is required');
    }
    return user;
  }
}
