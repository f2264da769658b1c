import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

const bool = () => Transform(({ value }) => (value === undefined ? undefined : value === true || value === 'true' || value === '1'));
const int = () => Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)));

/** A whole number of `unit` within bounds; any way of missing them names both ends. */
function Lifetime(unit: string, min: number, max: number): PropertyDecorator {
  const message = `a whole number of ${unit} from ${min} to ${max}`;
  return (target, key) => [int(), IsInt({ message }), Min(min, { message }), Max(max, { message })].forEach((decorate) => decorate(target, key));
}

/** What one process of the build does: serve HTTP, run the job workers, or both. */
export const SERVICE_ROLES = ['all', 'api', 'worker'] as const;
export type ServiceRole = (typeof SERVICE_ROLES)[number];

/** Who may read the OpenAPI description at /api/docs: anyone, signed-in staff, or nobody. */
export const API_DOCS_MODES = ['public', 'staff', 'off'] as const;
export type ApiDocsMode = (typeof API_DOCS_MODES)[number];

/** scheme://host[:port]/…, where a placeholder such as {s} may stand only for the host's first label. */
const TILE_TEMPLATE = /^https?:\/\/(\{[a-z]+\}\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?\/\S*$/i;

/** The CSP source for a tile template: its origin, a `{s}` subdomain becoming a `*.` wildcard. */
export function tileOrigin(template: string): string {
  const { 0: origin } = /^https?:\/\/[^/]+/i.exec(template) ?? [''];
  return origin.replace(/\/\/\{[a-z]+\}\./i, '//*.');
}

/** Express's `trust proxy`: false (the socket's own address), a number of hops, or addresses and subnets. */
export type TrustProxy = false | number | string[];
const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const isProxyEntry = (entry: string): boolean => {
  const [address, bits, extra] = entry.split('/');
  if (extra !== undefined) return false;
  if (bits === undefined) return PROXY_NAMES.includes(address) || isIP(address) !== 0;
  return isIP(address) !== 0 && /^\d{1,3}$/.test(bits) && Number(bits) <= (isIP(address) === 4 ? 32 : 128);
};

/**
 * Every environment variable the service reads, with what it expects.
 * The README's table and ops/.env.example list the same names.
 */
class EnvironmentVariables {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @int()
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'a postgres:// connection URL' })
  DATABASE_URL: string;

  @Matches(/^rediss?:\/\/.+/, { message: 'a redis:// connection URL' })
  REDIS_URL: string;

  @IsString()
  @MinLength(32, { message: 'a random secret of at least 32 characters' })
  JWT_SECRET: string;

  @int()
  @IsInt()
  @Min(60, { message: 'a number of seconds, at least 60' })
  @Max(86400, { message: 'a number of seconds, at most 86400' })
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @int()
  @IsInt()
  @Min(1, { message: 'a number of days, at least 1' })
  @Max(365, { message: 'a number of days, at most 365' })
  REFRESH_TOKEN_TTL_DAYS = 30;

  // Lifetimes of the other one-time links, codes and tickets (issue 16): short enough that a
  // leaked one soon stops working, long enough for the e-mail or authenticator step they wait on.
  @Lifetime('hours', 1, 168)
  EMAIL_CONFIRMATION_TTL_HOURS = 48;

  @Lifetime('minutes', 5, 1440)
  PASSWORD_RESET_TTL_MINUTES = 60;

  @Lifetime('days', 1, 30)
  STAFF_INVITATION_TTL_DAYS = 7;

  @Lifetime('minutes', 5, 1440)
  DOMAIN_PROOF_TTL_MINUTES = 30;

  @Lifetime('seconds', 30, 900)
  MFA_CHALLENGE_TTL_SECONDS = 300;

  @Lifetime('seconds', 60, 3600)
  MFA_ENROLMENT_TTL_SECONDS = 900;

  @Lifetime('seconds', 10, 300)
  JOB_BOARD_TICKET_TTL_SECONDS = 60;

  @Lifetime('minutes', 1, 60)
  JOB_BOARD_SESSION_TTL_MINUTES = 10;

  @bool()
  @IsBoolean({ message: 'true or false' })
  DEMO_MODE = false;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'a password of at least 12 characters' })
  DEMO_PASSWORD?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  CONSOLE_DIR?: string;

  @IsOptional()
  @IsUrl({ require_tld: false, protocols: ['http', 'https'] }, { message: 'an http(s) URL' })
  PUBLIC_URL?: string;

  // Compared with the browser's Origin header as they are: scheme and host, no path.
  @IsOptional()
  @Matches(/^https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*$/, { message: 'comma-separated origins such as https://console.example.se (no path)' })
  CORS_ORIGINS?: string;

  // Unset, X-Forwarded-For is ignored: any client could otherwise pick the address its sign-in
  // failures are counted against.
  @IsOptional()
  @Matches(/^(\d{1,2}|[0-9a-zA-Z.:/]+(\s*,\s*[0-9a-zA-Z.:/]+)*)$/, { message: 'a number of proxy hops, or comma-separated addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal' })
  TRUST_PROXY?: string;

  @IsOptional()
  @IsIn(API_DOCS_MODES, { message: `one of ${API_DOCS_MODES.join(', ')}` })
  API_DOCS?: ApiDocsMode;

  @IsIn(SERVICE_ROLES, { message: `one of ${SERVICE_ROLES.join(', ')}` })
  SAMVERKA_ROLE: ServiceRole = 'all';

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'a postgres:// connection URL' })
  DATABASE_READ_URL?: string;

  /** The owner role, for migrations only; DATABASE_URL is then the least-privilege application role. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'a postgres:// connection URL' })
  DATABASE_MIGRATION_URL?: string;

  @Matches(/^[a-z0-9_-]{1,40}$/i, { message: 'letters, digits, - or _ (at most 40)' })
  QUEUE_PREFIX = 'samverka';

  @int()
  @IsInt()
  @Min(1, { message: 'a number of seconds, at least 1' })
  @Max(600, { message: 'a number of seconds, at most 600' })
  JOB_LOCK_SECONDS = 30;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @Matches(/^([^<>@]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, { message: 'an e-mail address, alone or as Name <address>' })
  MAIL_FROM = 'Samverka <no-reply@samverka.se>';

  @IsOptional()
  @IsString()
  MAIL_CAPTURE_DIR?: string;

  @IsOptional()
  @IsString()
  STORAGE_DIR?: string;

  @int()
  @IsInt()
  @Min(256, { message: 'a number of pixels, at least 256' })
  @Max(8192, { message: 'a number of pixels, at most 8192' })
  IMAGE_MAX_SIDE = 2048;

  @int()
  @IsInt()
  @Min(65536, { message: 'a number of pixels, at least 65536' })
  @Max(268402689, { message: 'a number of pixels, at most 268402689' })
  IMAGE_MAX_PIXELS = 40_000_000;

  @int()
  @IsInt()
  @Min(1, { message: 'a number of uploads, at least 1' })
  @Max(10000)
  UPLOADS_PER_HOUR = 30;

  @int()
  @IsInt()
  @Min(1024, { message: 'a number of bytes, at least 1024' })
  UPLOAD_BYTES_PER_DAY = 100 * 1024 * 1024;

  @int()
  @IsInt()
  @Min(2, { message: 'a number of distinct reporters, at least 2' })
  @Max(100)
  MODERATION_AUTO_HIDE_THRESHOLD = 3;

  @int()
  @IsInt()
  @Min(0, { message: 'a number of hours, at least 0' })
  @Max(8760, { message: 'a number of hours, at most 8760' })
  MODERATION_AUTO_HIDE_MIN_ACCOUNT_AGE_HOURS = 72;

  @int()
  @IsInt()
  @Min(1, { message: 'a number of minutes, at least 1' })
  @Max(1440)
  MODERATION_CLAIM_MINUTES = 30;

  @int()
  @IsInt()
  @Min(1, { message: 'a number of hours, at least 1' })
  @Max(720)
  MODERATION_ESCALATION_HOURS = 72;

  @int()
  @IsInt()
  @Min(0)
  @Max(1000)
  MODERATION_ALERT_PRIORITY = 60;

  @int()
  @IsInt()
  @Min(0, { message: 'a number of days, at least 0' })
  @Max(30, { message: 'a number of days, at most 30' })
  PRIVACY_ERASURE_GRACE_DAYS = 7;

  @int()
  @IsInt()
  @Min(1, { message: 'a number of days, at least 1' })
  @Max(30, { message: 'a number of days, at most 30' })
  PRIVACY_EXPORT_DAYS = 7;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'a random secret of at least 32 characters' })
  PRIVACY_PSEUDONYM_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'a random secret of at least 32 characters' })
  MFA_ENCRYPTION_KEY?: string;

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'a random secret of at least 32 characters' })
  AUDIT_ANCHOR_KEY?: string;

  // otplib refuses secrets under 128 bits at the first code check: 26 base32 characters.
  @IsOptional()
  @Matches(/^[A-Z2-7]{26,128}$/, { message: 'a base32 TOTP secret of at least 128 bits (A-Z, 2-7, 26 to 128 characters)' })
  DEMO_TOTP_SECRET?: string;

  @int()
  @IsInt()
  @Min(1, { message: 'a number of minutes, at least 1' })
  @Max(1440)
  STAFF_IDLE_TIMEOUT_MINUTES = 30;

  @int()
  @IsInt()
  @Min(1)
  @Max(1000)
  SIGNIN_MAX_FAILURES_PER_ACCOUNT = 5;

  @int()
  @IsInt()
  @Min(1)
  @Max(100000)
  SIGNIN_MAX_FAILURES_PER_ADDRESS = 50;

  @int()
  @IsInt()
  @Min(1, { message: 'a number of minutes, at least 1' })
  @Max(1440)
  SIGNIN_LOCKOUT_MINUTES = 15;

  // Requests per client address (per account on signed-in routes) in each limit's window.
  @int()
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_REGISTRATION_PER_HOUR = 10;

  @int()
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_EMAIL_CONFIRMATION_PER_HOUR = 30;

  @int()
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_PASSWORD_RESET_PER_HOUR = 10;

  @int()
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_PUBLIC_CHECK_PER_MINUTE = 60;

  @int()
  @IsInt()
  @Min(1)
  @Max(1000000)
  RATE_LIMIT_DOMAIN_PROOF_PER_HOUR = 20;

  // The console's build-time tile template; the server reads it too, for the CSP's img-src.
  @IsOptional()
  @Matches(TILE_TEMPLATE, { message: 'an http(s) tile URL template such as https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png (a placeholder in the host only as its first label)' })
  VITE_MAP_TILES?: string;
}

/** The validated configuration the application reads; nothing else touches process.env. */
export class AppConfig {
  readonly env: EnvironmentVariables['NODE_ENV'];
  readonly port: number;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly jwtSecret: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlDays: number;
  /** How long each one-time link, code or ticket stays usable. */
  readonly lifetimes: {
    emailConfirmationHours: number;
    passwordResetMinutes: number;
    staffInvitationDays: number;
    domainProofMinutes: number;
    mfaChallengeSeconds: number;
    mfaEnrolmentSeconds: number;
    jobBoardTicketSeconds: number;
    jobBoardSessionSeconds: number;
  };
  readonly demoMode: boolean;
  readonly demoPassword: string | undefined;
  readonly logLevel: string;
  /** Where the built console is, or undefined when there is none to serve. */
  readonly consoleDir: string | undefined;
  readonly publicUrl: string;
  readonly corsOrigins: string[];
  /** Which proxies' X-Forwarded-For to believe for the client address (sign-in throttling, logs). */
  readonly trustProxy: TrustProxy;
  readonly apiDocs: ApiDocsMode;
  readonly role: ServiceRole;
  /** Serves HTTP (roles `api` and `all`). */
  readonly servesHttp: boolean;
  /** Runs the Bull workers, the repeatable-job schedules and the outbox dispatcher (roles `worker` and `all`). */
  readonly runsJobs: boolean;
  /** A replica for reads that tolerate lag (dashboards, exports); undefined means the primary. */
  readonly databaseReadUrl: string | undefined;
  /** The owner role's URL: migrations and the application role's grants; undefined means DATABASE_URL does both. */
  readonly databaseMigrationUrl: string | undefined;
  readonly queuePrefix: string;
  /** How long a worker's hold on a running job lasts unrenewed: a killed worker's job is taken over after it. */
  readonly jobLockSeconds: number;
  /** Without it, e-mail is kept in the database as `captured` and shown in the console. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /**
   * Without SMTP, where each captured e-mail is also written whole, secrets included: the mailbox
   * of development, the demo and the tests. The database and the console only keep the text with
   * secrets hidden.
   */
  readonly mailCaptureDir: string | undefined;
  /** Where uploaded files are kept on local disk. */
  readonly storageDir: string;
  /** Images are re-encoded within these bounds; each account's image uploads are limited per hour and in bytes per day. */
  readonly uploads: { imageMaxSide: number; imageMaxPixels: number; perHour: number; bytesPerDay: number };
  readonly moderation: { autoHideThreshold: number; autoHideMinAccountAgeHours: number; claimMinutes: number; escalationHours: number; alertPriority: number };
  /** Erasure grace period, how long an export stays downloadable, and the key of audit pseudonyms. */
  readonly privacy: { erasureGraceDays: number; exportDays: number; pseudonymKey: string };
  /** Key for TOTP secrets at rest; derived from JWT_SECRET when MFA_ENCRYPTION_KEY is not set. */
  readonly mfaEncryptionKey: string;
  /** The audit chain's checkpoints outside the database: the HMAC key (never given to the database) and the append-only file. */
  readonly auditAnchor: { key: string; file: string };
  /** The one TOTP secret of every seeded staff account in demo mode. */
  readonly demoTotpSecret: string | undefined;
  /** A staff session whose refresh token has not been used for this long cannot be refreshed. */
  readonly staffIdleTimeoutMinutes: number;
  readonly signInThrottle: { maxFailuresPerAccount: number; maxFailuresPerAddress: number; lockoutMinutes: number };
  /** Each rate limit of the public (and domain-proof) routes: so many requests per window of seconds. */
  readonly rateLimits: Record<'registration' | 'email-confirmation' | 'password-reset' | 'public-check' | 'domain-proof', { limit: number; windowSeconds: number }>;
  /** The map tile server's origin, allowed as an image source in the console's CSP; undefined without tiles. */
  readonly mapTilesOrigin: string | undefined;

  constructor(vars: EnvironmentVariables) {
    this.env = vars.NODE_ENV;
    this.port = vars.PORT;
    this.databaseUrl = vars.DATABASE_URL;
    this.redisUrl = vars.REDIS_URL;
    this.jwtSecret = vars.JWT_SECRET;
    this.accessTokenTtlSeconds = vars.ACCESS_TOKEN_TTL_SECONDS;
    this.refreshTokenTtlDays = vars.REFRESH_TOKEN_TTL_DAYS;
    this.lifetimes = {
      emailConfirmationHours: vars.EMAIL_CONFIRMATION_TTL_HOURS,
      passwordResetMinutes: vars.PASSWORD_RESET_TTL_MINUTES,
      staffInvitationDays: vars.STAFF_INVITATION_TTL_DAYS,
      domainProofMinutes: vars.DOMAIN_PROOF_TTL_MINUTES,
      mfaChallengeSeconds: vars.MFA_CHALLENGE_TTL_SECONDS,
      mfaEnrolmentSeconds: vars.MFA_ENROLMENT_TTL_SECONDS,
      jobBoardTicketSeconds: vars.JOB_BOARD_TICKET_TTL_SECONDS,
      jobBoardSessionSeconds: vars.JOB_BOARD_SESSION_TTL_MINUTES * 60,
    };
    this.demoMode = vars.DEMO_MODE;
    this.demoPassword = vars.DEMO_PASSWORD;
    this.logLevel = vars.LOG_LEVEL;
    this.consoleDir = resolveConsoleDir(vars.CONSOLE_DIR);
    this.publicUrl = (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/$/, '');
    this.corsOrigins = (vars.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    this.trustProxy = parseTrustProxy(vars.TRUST_PROXY);
    // The API's description helps an attacker map it: production shows it to staff only.
    this.apiDocs = vars.API_DOCS ?? (vars.NODE_ENV === 'production' ? 'staff' : 'public');
    this.role = vars.SAMVERKA_ROLE;
    this.servesHttp = vars.SAMVERKA_ROLE !== 'worker';
    this.runsJobs = vars.SAMVERKA_ROLE !== 'api';
    this.databaseReadUrl = vars.DATABASE_READ_URL;
    this.databaseMigrationUrl = vars.DATABASE_MIGRATION_URL;
    this.queuePrefix = vars.QUEUE_PREFIX;
    this.jobLockSeconds = vars.JOB_LOCK_SECONDS;
    this.smtpUrl = vars.SMTP_URL;
    this.mailFrom = vars.MAIL_FROM;
    this.mailCaptureDir = vars.MAIL_CAPTURE_DIR ? resolve(vars.MAIL_CAPTURE_DIR) : undefined;
    this.storageDir = resolve(vars.STORAGE_DIR ?? resolve(REPOSITORY_ROOT, '.data/files'));
    this.uploads = { imageMaxSide: vars.IMAGE_MAX_SIDE, imageMaxPixels: vars.IMAGE_MAX_PIXELS, perHour: vars.UPLOADS_PER_HOUR, bytesPerDay: vars.UPLOAD_BYTES_PER_DAY };
    this.moderation = {
      autoHideThreshold: vars.MODERATION_AUTO_HIDE_THRESHOLD,
      autoHideMinAccountAgeHours: vars.MODERATION_AUTO_HIDE_MIN_ACCOUNT_AGE_HOURS,
      claimMinutes: vars.MODERATION_CLAIM_MINUTES,
      escalationHours: vars.MODERATION_ESCALATION_HOURS,
      alertPriority: vars.MODERATION_ALERT_PRIORITY,
    };
    this.privacy = {
      erasureGraceDays: vars.PRIVACY_ERASURE_GRACE_DAYS,
      exportDays: vars.PRIVACY_EXPORT_DAYS,
      // Without a key of its own, one derived from the JWT secret: stable across restarts.
      pseudonymKey: vars.PRIVACY_PSEUDONYM_KEY ?? `pseudonym:${vars.JWT_SECRET}`,
    };
    this.mfaEncryptionKey = vars.MFA_ENCRYPTION_KEY ?? `derived-from-jwt-secret:${vars.JWT_SECRET}`;
    this.auditAnchor = { key: vars.AUDIT_ANCHOR_KEY ?? `audit-anchor:${vars.JWT_SECRET}`, file: resolve(this.storageDir, 'audit-anchors.jsonl') };
    this.demoTotpSecret = vars.DEMO_TOTP_SECRET;
    this.staffIdleTimeoutMinutes = vars.STAFF_IDLE_TIMEOUT_MINUTES;
    this.signInThrottle = {
      maxFailuresPerAccount: vars.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerAddress: vars.SIGNIN_MAX_FAILURES_PER_ADDRESS,
      lockoutMinutes: vars.SIGNIN_LOCKOUT_MINUTES,
    };
    this.rateLimits = {
      registration: { limit: vars.RATE_LIMIT_REGISTRATION_PER_HOUR, windowSeconds: 3600 },
      'email-confirmation': { limit: vars.RATE_LIMIT_EMAIL_CONFIRMATION_PER_HOUR, windowSeconds: 3600 },
      'password-reset': { limit: vars.RATE_LIMIT_PASSWORD_RESET_PER_HOUR, windowSeconds: 3600 },
      'public-check': { limit: vars.RATE_LIMIT_PUBLIC_CHECK_PER_MINUTE, windowSeconds: 60 },
      'domain-proof': { limit: vars.RATE_LIMIT_DOMAIN_PROOF_PER_HOUR, windowSeconds: 3600 },
    };
    this.mapTilesOrigin = vars.VITE_MAP_TILES ? tileOrigin(vars.VITE_MAP_TILES) : undefined;
  }
}

/** A configuration problem, said in one line that names the variable and what it expects. */
export class ConfigError extends Error {}

const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const DEFAULT_CONSOLE_DIR = resolve(REPOSITORY_ROOT, 'admin-ui/dist');

function resolveConsoleDir(configured: string | undefined): string | undefined {
  const dir = resolve(configured ?? DEFAULT_CONSOLE_DIR);
  return existsSync(resolve(dir, 'index.html')) ? dir : undefined;
}

function parseTrustProxy(raw: string | undefined): TrustProxy {
  if (raw === undefined) return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw.split(',').map((entry) => entry.trim());
}

/** otplib's base32 decoder refuses a last character whose bits past the last whole byte are not zero. */
function hasCleanBase32Ending(secret: string): boolean {
  const unusedBits = (secret.length * 5) % 8;
  const last = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'.indexOf(secret.at(-1) ?? 'A');
  return (last & ((1 << unusedBits) - 1)) === 0;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const vars = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(vars, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const first = errors[0];
    const expected = Object.values(first.constraints ?? {})[0] ?? 'a valid value';
    const given = present[first.property] === undefined ? 'it is not set' : 'it is invalid';
    throw new ConfigError(`${first.property} must be ${expected.replace(new RegExp(`^${first.property} (must be )?`), '')} (${given})`);
  }
  if (vars.TRUST_PROXY && !/^\d+$/.test(vars.TRUST_PROXY) && !vars.TRUST_PROXY.split(',').every((entry) => isProxyEntry(entry.trim()))) {
    throw new ConfigError('TRUST_PROXY must be a number of proxy hops, or comma-separated addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal (it is invalid)');
  }
  if (vars.DEMO_MODE && !vars.DEMO_PASSWORD) {
    throw new ConfigError('DEMO_PASSWORD must be set when DEMO_MODE is true (npm start generates one for you)');
  }
  if (vars.DEMO_TOTP_SECRET && !hasCleanBase32Ending(vars.DEMO_TOTP_SECRET)) {
    throw new ConfigError('DEMO_TOTP_SECRET must be base32 that ends on a whole byte: the unused bits of its last character must be zero, as in a secret an authenticator app makes (it is invalid)');
  }
  if (vars.DEMO_MODE && !vars.DEMO_TOTP_SECRET) {
    throw new ConfigError('DEMO_TOTP_SECRET must be set when DEMO_MODE is true: the demo staff sign in with it (npm start generates one for you)');
  }
  return new AppConfig(vars);
}
