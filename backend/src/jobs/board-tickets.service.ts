import { createHash, randomBytes } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../platform/config/app-config.js';

/** A ticket is good for one opening within this time; the console uses it at once. */
export const BOARD_TICKET_SECONDS = 60;
/** The dashboard's cookie session: short, since it outlives neither a sign-out nor a role change by more. */
export const BOARD_SESSION_SECONDS = 10 * 60;

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/**
 * The queue dashboard is a page of its own with its own assets, so a bearer token cannot reach it.
 * The owner's console asks for a single-use ticket (an API call with the token); opening the
 * dashboard with it trades it for an HttpOnly cookie limited to the dashboard's path. Redis keeps
 * only hashes of both secrets.
 */
@Injectable()
export class BoardTickets implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.redisUrl, { keyPrefix: `${config.queuePrefix}:jobs-board:`, lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 1_000 });
    this.redis.on('error', () => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  async issue(userId: string): Promise<string> {
    const ticket = randomBytes(32).toString('base64url');
    await this.redis.set(`ticket:${hash(ticket)}`, userId, 'EX', BOARD_TICKET_SECONDS);
    return ticket;
  }

  /** Trades a ticket (once) for a session secret; null for an unknown, used or expired ticket. */
  async redeem(ticket: string): Promise<string | null> {
    const userId = await this.redis.getdel(`ticket:${hash(ticket)}`);
    if (!userId) return null;
    const session = randomBytes(32).toString('base64url');
    await this.redis.set(`session:${hash(session)}`, userId, 'EX', BOARD_SESSION_SECONDS);
    return session;
  }

  async isValidSession(session: string): Promise<boolean> {
    return (await this.redis.exists(`session:${hash(session)}`)) === 1;
  }
}
