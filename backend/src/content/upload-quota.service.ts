import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../platform/config/app-config.js';
import { ContentError, ContentErrorCode } from './content.errors.js';

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * A sliding window per account in one sorted set: members `<uuid>:<amount>` scored by Redis's own
 * clock (the same for every process). Adds the amount only when the window's total stays within
 * the limit, atomically, so concurrent uploads cannot both take the last place.
 * KEYS[1] the set; ARGV window ms, limit, amount. Answers 1 when admitted, 0 when not.
 */
const ADMIT = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local window, limit, amount = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms - window)
local total = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do total = total + tonumber(string.match(member, ':(%d+)$')) end
if total + amount > limit then return 0 end
redis.call('ZADD', KEYS[1], ms, ARGV[4] .. ':' .. amount)
redis.call('PEXPIRE', KEYS[1], window)
return 1`;

/**
 * Per-account limits on image uploads (UPLOADS_PER_HOUR, UPLOAD_BYTES_PER_DAY), counted in Redis.
 * Refused attempts that were decoded still count towards the hour: decoding is the cost. With
 * Redis down uploads go through (as sign-in does) rather than stopping posting altogether.
 */
@Injectable()
export class UploadQuota implements OnModuleDestroy {
  private readonly logger = new Logger(UploadQuota.name);
  private readonly redis: Redis;

  constructor(private readonly config: AppConfig) {
    this.redis = new Redis(config.redisUrl, {
      keyPrefix: `${config.queuePrefix}:uploads:`,
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

  /** Takes one of the account's uploads this hour, before the upload is decoded. */
  async takeUpload(accountId: string): Promise<void> {
    const limit = this.config.uploads.perHour;
    if (!(await this.admit(`count:${accountId}`, HOUR_MS, limit, 1))) {
      throw new ContentError(ContentErrorCode.UploadLimit, `file: at most ${limit} image uploads an hour per account (UPLOADS_PER_HOUR); try again later`);
    }
  }

  /** Takes the bytes an upload will keep from the account's daily allowance. */
  async takeBytes(accountId: string, bytes: number): Promise<void> {
    const limit = this.config.uploads.bytesPerDay;
    if (!(await this.admit(`bytes:${accountId}`, DAY_MS, limit, bytes))) {
      throw new ContentError(ContentErrorCode.UploadLimit, `file: at most ${limit} bytes of images a day per account (UPLOAD_BYTES_PER_DAY); try again tomorrow`);
    }
  }

  private async admit(key: string, windowMs: number, limit: number, amount: number): Promise<boolean> {
    try {
      return (await this.redis.eval(ADMIT, 1, key, windowMs, limit, amount, randomUUID())) === 1;
    } catch (error) {
      this.logger.warn(`upload quota not checked, Redis unavailable: ${String(error)}`);
      return true;
    }
  }
}
