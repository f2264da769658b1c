import { createHash } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../platform/config/app-config.js';

export type Lockout = 'account' | 'address';

/** Keys hold no e-mail addresses: a counter in Redis must not be someone's personal data. */
const accountKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);

/**
 * Counts failed sign-in and second-factor attempts per account and per client address in Redis,
 * and locks either out for a while once it reaches its limit. With Redis down it lets attempts
 * through (argon2 still slows guessing) rather than locking everyone out of the back-office.
 */
@Injectable()
export class SignInThrottle implements OnModuleDestroy {
  private readonly logger = new Logger(SignInThrottle.name);
  private readonly redis: Redis;

  constructor(private readonly config: AppConfig) {
    this.redis = new Redis(config.redisUrl, {
      keyPrefix: `${config.queuePrefix}:signin:`,
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 1_000,
    });
    this.redis.on('error', () => undefined);
    this.redis.connect().catch(() => undefined);
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }

  /** Which lock, if any, stands in the way of an attempt now. */
  async lockedOut(email: string, address: string): Promise<Lockout | null> {
    const [account, client] = await this.safely(() => this.redis.mget(`lock:acct:${accountKey(email)}`, `lock:addr:${address}`), [null, null]);
    return account ? 'account' : client ? 'address' : null;
  }

  /** Counts a failure; answers the lock it set, if this failure reached a limit. */
  async failed(email: string, address: string): Promise<Lockout | null> {
    const { maxFailuresPerAccount, maxFailuresPerAddress, lockoutMinutes } = this.config.signInThrottle;
    const ttl = lockoutMinutes * 60;
    const counts = await this.safely(
      () =>
        this.redis
          .multi()
          .incr(`fail:acct:${accountKey(email)}`)
          .expire(`fail:acct:${accountKey(email)}`, ttl)
          .incr(`fail:addr:${address}`)
          .expire(`fail:addr:${address}`, ttl)
          .exec(),
      null,
    );
    if (!counts) return null;
    const account = Number(counts[0]?.[1] ?? 0);
    const client = Number(counts[2]?.[1] ?? 0);
    if (account >= maxFailuresPerAccount) {
      await this.safely(
        () =>
          this.redis
            .multi()
            .set(`lock:acct:${accountKey(email)}`, '1', 'EX', ttl)
            .del(`fail:acct:${accountKey(email)}`)
            .exec(),
        null,
      );
      return 'account';
    }
    if (client >= maxFailuresPerAddress) {
      await this.safely(() => this.redis.multi().set(`lock:addr:${address}`, '1', 'EX', ttl).del(`fail:addr:${address}`).exec(), null);
      return 'address';
    }
    return null;
  }

  /** A successful sign-in clears the account's count (not the address's: one success proves little). */
  async succeeded(email: string): Promise<void> {
    await this.safely(() => this.redis.del(`fail:acct:${accountKey(email)}`), 0);
  }

  /** Lifts an account's lock and count, when a platform owner resets the second factor. */
  async clear(email: string): Promise<void> {
    await this.safely(() => this.redis.del(`fail:acct:${accountKey(email)}`, `lock:acct:${accountKey(email)}`), 0);
  }

  private async safely<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      this.logger.warn(`sign-in throttling is unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  }
}
