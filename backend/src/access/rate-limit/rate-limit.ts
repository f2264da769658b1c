import { type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions } from '@nestjs/throttler';
import type { Request } from 'express';
import { AppConfig } from '../../platform/config/app-config.js';
import { AccessError, AccessErrorCode } from '../access.errors.js';

export type RateLimitName = keyof AppConfig['rateLimits'];

const RATE_LIMIT_KEY = 'samverka:rate-limit';
const reflector = new Reflector();
const limitOf = (context: ExecutionContext): RateLimitName | undefined =>
  reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMIT_KEY, [context.getHandler(), context.getClass()]);

/** Counts a route's requests against one of the configured limits (routes without it are not limited here). */
export const RateLimited = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);

/** One named throttler per limit; each applies only to the routes that name it. */
export function rateLimitOptions(config: AppConfig): ThrottlerModuleOptions {
  return {
    throttlers: (Object.keys(config.rateLimits) as RateLimitName[]).map((name) => ({
      name,
      limit: config.rateLimits[name].limit,
      ttl: config.rateLimits[name].windowSeconds * 1000,
      skipIf: (context: ExecutionContext) => limitOf(context) !== name,
    })),
  };
}

const WINDOW: Record<number, string> = { 60: 'minute', 3600: 'hour' };

/**
 * Runs after the access guard, so a signed-in caller is counted by account and anyone else by
 * address (the proxy's view when TRUST_PROXY is set). A route's limit is shared by every route
 * that names it: registering and asking for a new confirmation e-mail draw on the same budget.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as Request & { user?: { id?: string } };
    return request.user?.id ? `user:${request.user.id}` : `addr:${request.ip ?? 'unknown'}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, name: string): string {
    return `${name}:${tracker}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const name = limitOf(context) ?? 'requests';
    const window = WINDOW[detail.ttl / 1000] ?? `${detail.ttl / 1000} seconds`;
    throw new AccessError(
      AccessErrorCode.RateLimited,
      `Too many requests: the ${name} limit is ${detail.limit} per ${window}; try again in ${detail.timeToBlockExpire} seconds`,
    );
  }
}
