import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../../platform/config/app-config.js';

/** One fixed window per key: the first hit starts it, later hits only count. */
const HIT = `local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return {hits, redis.call('TTL', KEYS[1])}`;

/**
 * The rate limits' counters in Redis, so every API instance counts the same requests. Like
 * sign-in throttling it lets requests through while Redis is down rather than closing
 * registration and the public badge check (argon2 still runs one per core).
 */
@Injectable()
export class RedisRateLimitStore implements OnModuleDestroy {
  private readonly logger = new Logger(RedisRateLimitStore.name);
  private readonly redis: Redis;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.redisUrl, {
      keyPrefix: `${config.queuePrefix}:ratelimit:`,
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

  /** Counts one request; answers the count in the current window and the seconds it has left. */
  async hit(key: string, windowSeconds: number): Promise<{ hits: number; retryAfterSeconds: number }> {
    try {
      const [hits, ttl] = (await this.redis.eval(HIT, 1, key, String(windowSeconds))) as [number, number];
      return { hits, retryAfterSeconds: Math.max(1, ttl) };
    } catch (error) {
      this.logger.warn(`rate limiting is unavailable: ${error instanceof Error ? error.message : String(error)}`);
      return { hits: 0, retryAfterSeconds: 0 };
    }
  }
}
