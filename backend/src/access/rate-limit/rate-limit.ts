import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppConfig } from '../../platform/config/app-config.js';
import { AccessError, AccessErrorCode } from '../access.errors.js';
import { RedisRateLimitStore } from './redis-rate-limit.store.js';

export type RateLimitName = keyof AppConfig['rateLimits'];

const RATE_LIMIT_KEY = 'samverka:rate-limit';

/** Counts a route's requests against one of the configured limits (routes without it are not limited here). */
export const RateLimited = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);

const WINDOW: Record<number, string> = { 60: 'minute', 3600: 'hour' };

/**
 * Runs after the access guard (and so before validation and any argon2 work): a signed-in caller
 * is counted by account, anyone else by address (the proxy's view when TRUST_PROXY is set). A
 * limit is shared by every route that names it: registering and asking for a new confirmation
 * e-mail draw on one budget. @nestjs/throttler was not used: it is CommonJS and requires the
 * ESM-only @nestjs/common 12, which Jest cannot load.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly config: AppConfig,
    private readonly store: RedisRateLimitStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMIT_KEY, [context.getHandler(), context.getClass()]);
    if (!name) return true;
    const request = context.switchToHttp().getRequest<Request & { user?: { id?: string } }>();
    const tracker = request.user?.id ? `user:${request.user.id}` : `addr:${request.ip ?? 'unknown'}`;
    const { limit, windowSeconds } = this.config.rateLimits[name];
    const { hits, retryAfterSeconds } = await this.store.hit(`${name}:${tracker}`, windowSeconds);
    if (hits <= limit) return true;
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
    throw new AccessError(
      AccessErrorCode.RateLimited,
      `Too many requests: the ${name} limit is ${limit} per ${WINDOW[windowSeconds] ?? `${windowSeconds} seconds`}; try again in ${retryAfterSeconds} seconds`,
    );
  }
}
