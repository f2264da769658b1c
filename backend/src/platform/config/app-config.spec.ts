import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config.js';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/samverka',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

const failure = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe(loadConfig.name, () => {
  it('reads a valid environment with defaults for the rest', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({ port: 3000, accessTokenTtlSeconds: 900, refreshTokenTtlDays: 30, demoMode: false, queuePrefix: 'samverka', publicUrl: 'http://localhost:3000' });
  });

  it('names a missing variable and what it expects, in one line', () => {
    const message = failure({ REDIS_URL: valid.REDIS_URL, JWT_SECRET: valid.JWT_SECRET });
    expect(message).toBe('DATABASE_URL must be a postgres:// connection URL (it is not set)');
  });

  it('names an invalid variable', () => {
    expect(failure({ ...valid, PORT: 'eighty' })).toMatch(/^PORT must be .*\(it is invalid\)$/);
    expect(failure({ ...valid, JWT_SECRET: 'short' })).toBe('JWT_SECRET must be a random secret of at least 32 characters (it is invalid)');
    expect(failure({ ...valid, DEMO_MODE: 'true' })).toMatch(/^DEMO_PASSWORD must be set/);
  });
});
