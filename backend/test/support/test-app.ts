import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { Redis } from 'ioredis';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { Clock } from '../../src/platform/clock/clock.js';
import { AppConfig, loadConfig } from '../../src/platform/config/app-config.js';
import { dataSourceOptions } from '../../src/platform/database/data-source-options.js';
import { configureApp } from '../../src/platform/http/configure-app.js';
import { LAST_USED_STEP_SQL, unusedTotp } from './totp-codes.js';
import { asAppRole, cloneDatabase, dropDatabase, TEST_DEMO_PASSWORD, TEST_MFA_ENCRYPTION_KEY, TEST_TOTP_SECRET, withDatabase } from './services.mjs';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof supertest>;
  /** The service's own connection: the least-privilege application role. */
  db: DataSource;
  /** The owner role (the one migrations run as), for tests that act behind the service's back. */
  ownerDb: DataSource;
  config: AppConfig;
  /**
   * Signs in and returns the access token (and the refresh token). Accounts with a second factor
   * answer with a code from `totpSecret` (the demo staff's secret by default).
   */
  signIn(email: string, password?: string, totpSecret?: string): Promise<{ accessToken: string; refreshToken: string }>;
  /** A TOTP code for the account that it has not used yet: the server takes each code once. */
  totpFor(email: string, totpSecret?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real AppModule on its own database cloned from the migrated template, and its own queue
 * prefix in Redis: test files never see each other's data.
 */
export async function createTestApp(env: Record<string, string> = {}, options: { clock?: Clock } = {}): Promise<TestApp> {
  const serverUrl = required('SAMVERKA_TEST_SERVER_URL');
  const database = await cloneDatabase(serverUrl, required('SAMVERKA_TEST_TEMPLATE'));
  const queuePrefix = `test-${randomBytes(4).toString('hex')}`;
  const storageDir = join(tmpdir(), `samverka-files-${queuePrefix}`);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: asAppRole(withDatabase(serverUrl, database)),
    DATABASE_MIGRATION_URL: withDatabase(serverUrl, database),
    REDIS_URL: required('REDIS_URL'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: queuePrefix,
    CONSOLE_DIR: '/nonexistent',
    STORAGE_DIR: storageDir,
    // The tests' mailbox: links and codes are read from here, as a recipient would.
    MAIL_CAPTURE_DIR: join(storageDir, 'mail'),
    MFA_ENCRYPTION_KEY: TEST_MFA_ENCRYPTION_KEY,
    // Test files register many people from one address; the rate-limit tests set their own limits.
    RATE_LIMIT_REGISTRATION_PER_HOUR: '1000000',
    RATE_LIMIT_EMAIL_CONFIRMATION_PER_HOUR: '1000000',
    RATE_LIMIT_PASSWORD_RESET_PER_HOUR: '1000000',
    RATE_LIMIT_PUBLIC_CHECK_PER_MINUTE: '1000000',
    RATE_LIMIT_DOMAIN_PROOF_PER_HOUR: '1000000',
    ...env,
  });
  let builder = Test.createTestingModule({ imports: [AppModule.forRole(config)] })
    .overrideProvider(AppConfig)
    .useValue(config);
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true }), config);
  await app.init();
  const http = supertest(app.getHttpServer());
  const db = app.get(DataSource);
  const ownerDb = await new DataSource({ ...dataSourceOptions(withDatabase(serverUrl, database), 'samverka-test-owner'), extra: { max: 2, application_name: 'samverka-test-owner' } }).initialize();
  const totpFor = async (email: string, totpSecret = TEST_TOTP_SECRET) => {
    const [row] = await db.query(LAST_USED_STEP_SQL, [email]);
    return unusedTotp(totpSecret, row?.last_used_step);
  };

  return {
    app,
    http,
    db,
    ownerDb,
    config,
    totpFor,
    async signIn(email, password = TEST_DEMO_PASSWORD, totpSecret = TEST_TOTP_SECRET) {
      let response = await http.post('/api/auth/login').send({ email, password });
      if (response.status === 200 && response.body.mfaRequired) {
        response = await http.post('/api/auth/login/mfa').send({ mfaToken: response.body.mfaToken, code: await totpFor(email, totpSecret) });
      }
      if (response.status !== 200 || !response.body.accessToken) throw new Error(`sign-in of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
      return { accessToken: response.body.accessToken, refreshToken: response.body.refreshToken };
    },
    async close() {
      await app.close();
      await ownerDb.destroy();
      await dropDatabase(serverUrl, database);
      await removeQueueKeys(required('REDIS_URL'), queuePrefix);
      await rm(storageDir, { recursive: true, force: true });
    },
  };
}

/** Deletes every Redis key under a test's queue prefix. */
export async function removeQueueKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** An environment variable Jest's global setup provides. */
export function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through Jest's global setup (npm test)`);
  return value;
}
