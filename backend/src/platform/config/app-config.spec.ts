import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { generate } from 'otplib';
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

  it('keeps the lifetimes of links, codes and tickets at their former values unless configured, and refuses one out of range naming both bounds', () => {
    expect(loadConfig(valid).lifetimes).toEqual({
      emailConfirmationHours: 48,
      passwordResetMinutes: 60,
      staffInvitationDays: 7,
      domainProofMinutes: 30,
      mfaChallengeSeconds: 300,
      mfaEnrolmentSeconds: 900,
      jobBoardTicketSeconds: 60,
      jobBoardSessionSeconds: 600,
    });
    expect(loadConfig({ ...valid, DOMAIN_PROOF_TTL_MINUTES: '10' }).lifetimes.domainProofMinutes).toBe(10);
    expect(failure({ ...valid, DOMAIN_PROOF_TTL_MINUTES: '4' })).toBe('DOMAIN_PROOF_TTL_MINUTES must be a whole number of minutes from 5 to 1440 (it is invalid)');
    expect(failure({ ...valid, MFA_ENROLMENT_TTL_SECONDS: 'soon' })).toBe('MFA_ENROLMENT_TTL_SECONDS must be a whole number of seconds from 60 to 3600 (it is invalid)');
  });

  it("turns the console's map tile template into the origin the CSP allows, and refuses one it cannot express", () => {
    expect(loadConfig(valid).mapTilesOrigin).toBeUndefined();
    expect(loadConfig({ ...valid, VITE_MAP_TILES: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png' }).mapTilesOrigin).toBe('https://*.tile.openstreetmap.org');
    expect(loadConfig({ ...valid, VITE_MAP_TILES: 'https://tiles.example.se:8443/{z}/{x}/{y}.png' }).mapTilesOrigin).toBe('https://tiles.example.se:8443');
    // A placeholder inside the host, or a ';' that would end the img-src directive, is refused.
    expect(failure({ ...valid, VITE_MAP_TILES: 'https://tiles.{s}.example.se/{z}/{x}/{y}.png' })).toMatch(/^VITE_MAP_TILES must be an http\(s\) tile URL template/);
    expect(failure({ ...valid, VITE_MAP_TILES: "https://x.se;script-src 'unsafe-inline'/{z}.png" })).toMatch(/^VITE_MAP_TILES must be/);
  });

  it('trusts no proxy unless TRUST_PROXY names hops or addresses, and refuses anything else', () => {
    expect(loadConfig(valid).trustProxy).toBe(false);
    expect(loadConfig({ ...valid, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ ...valid, TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8']);
    for (const bad of ['everyone', '10.0.0.0/33', '10.0.0.1/8/2', 'true']) expect(failure({ ...valid, TRUST_PROXY: bad })).toMatch(/^TRUST_PROXY must be a number of proxy hops/);
  });

  it('signs the audit checkpoints with AUDIT_ANCHOR_KEY, else a key derived from JWT_SECRET under its own label, and keeps them under STORAGE_DIR', () => {
    const derived = loadConfig({ ...valid, STORAGE_DIR: '/var/lib/samverka/files' }).auditAnchor;
    expect(derived.file).toBe('/var/lib/samverka/files/audit-anchors.jsonl');
    expect(derived.key).not.toBe(valid.JWT_SECRET);
    expect(derived.key).not.toBe(loadConfig(valid).mfaEncryptionKey);
    expect(loadConfig({ ...valid, AUDIT_ANCHOR_KEY: 'k'.repeat(32) }).auditAnchor.key).toBe('k'.repeat(32));
    expect(failure({ ...valid, AUDIT_ANCHOR_KEY: 'short' })).toMatch(/^AUDIT_ANCHOR_KEY must be a random secret of at least 32 characters \(it is invalid\)/);
  });

  it('shows the API description to staff only in production unless API_DOCS says otherwise', () => {
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).apiDocs).toBe('staff');
    expect(loadConfig(valid).apiDocs).toBe('public');
    expect(loadConfig({ ...valid, NODE_ENV: 'production', API_DOCS: 'public' }).apiDocs).toBe('public');
    expect(failure({ ...valid, API_DOCS: 'secret' })).toMatch(/^API_DOCS must be one of public, staff, off/);
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

  it('refuses a demo TOTP secret shorter than the 128 bits otplib needs, and accepts one it can use', async () => {
    const demo = { ...valid, DEMO_MODE: 'true', DEMO_PASSWORD: 'demo-password-long' };
    expect(failure({ ...demo, DEMO_TOTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DPE' })).toBe(
      'DEMO_TOTP_SECRET must be a base32 TOTP secret of at least 128 bits (A-Z, 2-7, 26 to 128 characters) (it is invalid)',
    );
    const shortest = 'JBSWY3DPEHPK3PXPJBSWY3DPEA';
    await expect(generate({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPE' })).rejects.toThrow();
    // Long enough, but bits past the last whole byte set: otplib refuses it too.
    await expect(generate({ secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEH' })).rejects.toThrow();
    expect(failure({ ...demo, DEMO_TOTP_SECRET: 'JBSWY3DPEHPK3PXPJBSWY3DPEH' })).toMatch(/^DEMO_TOTP_SECRET must be base32 that ends on a whole byte/);
    expect(loadConfig({ ...demo, DEMO_TOTP_SECRET: shortest }).demoTotpSecret).toBe(shortest);
    await expect(generate({ secret: shortest })).resolves.toMatch(/^\d{6}$/);
  });

  it('refuses origins and a sender the consumers cannot use', () => {
    expect(failure({ ...valid, CORS_ORIGINS: 'console.example.se' })).toMatch(/^CORS_ORIGINS must be comma-separated origins/);
    expect(failure({ ...valid, CORS_ORIGINS: 'https://console.example.se/admin' })).toMatch(/^CORS_ORIGINS must be/);
    expect(loadConfig({ ...valid, CORS_ORIGINS: 'https://a.example.se, http://localhost:5173' }).corsOrigins).toEqual(['https://a.example.se', 'http://localhost:5173']);
    expect(failure({ ...valid, MAIL_FROM: 'Samverka' })).toMatch(/^MAIL_FROM must be an e-mail address/);
    expect(loadConfig({ ...valid, MAIL_FROM: 'no-reply@kommun.se' }).mailFrom).toBe('no-reply@kommun.se');
    // No mailbox on disk unless asked for: secrets in captured e-mail then go nowhere.
    expect(loadConfig(valid).mailCaptureDir).toBeUndefined();
    expect(loadConfig({ ...valid, MAIL_CAPTURE_DIR: 'mail' }).mailCaptureDir).toBe(resolve('mail'));
  });
});
