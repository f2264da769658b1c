import { createHash, randomBytes } from 'node:crypto';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../platform/config/app-config.js';

export interface BoardHolder {
  userId: string;
  /** The sign-in session (refresh-token family): ending it ends the dashboard session too. */
  sessionId: string | undefined;
}

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
  /** A ticket is good for one opening within this time; the console uses it at once. */
  readonly ticketSeconds: number;
  /** The dashboard's cookie session; each request also checks that the sign-in session and the owner's rights still hold. */
  readonly sessionSeconds: number;

  constructor(config: AppConfig) {
    this.ticketSeconds = config.lifetimes.jobBoardTicketSeconds;
    this.sessionSeconds = config.lifetimes.jobBoardSessionSeconds;
    this.redis = new Redis(config.redisUrl, { keyPrefix: `${config.queuePrefix}:jobs-board:`, lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 1_000 });
    this.redis.on('error', () => undefined);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /** A ticket bound to the person and the sign-in session that asked for it. */
  async issue(holder: BoardHolder): Promise<string> {
    const ticket = randomBytes(32).toString('base64url');
    await this.redis.set(`ticket:${hash(ticket)}`, JSON.stringify(holder), 'EX', this.ticketSeconds);
    return ticket;
  }

  /** Trades a ticket (once) for a session secret; null for an unknown, used or expired ticket. */
  async redeem(ticket: string): Promise<string | null> {
    const holder = await this.redis.getdel(`ticket:${hash(ticket)}`);
    if (!holder) return null;
    const session = randomBytes(32).toString('base64url');
    await this.redis.set(`session:${hash(session)}`, holder, 'EX', this.sessionSeconds);
    return session;
  }

  /** Who holds a dashboard session, or null when it is unknown or over. */
  async holderOf(session: string): Promise<BoardHolder | null> {
    const holder = await this.redis.get(`session:${hash(session)}`);
    return holder ? (JSON.parse(holder) as BoardHolder) : null;
  }
}
