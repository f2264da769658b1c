import type { BadgeStatus } from './organisations.js';
import type { Language } from './language.js';
import type { Role } from './roles.js';
import type { UserStatus } from './user-status.js';

/** The shapes the API returns; the console reads the same types. */
export interface MunicipalityAreaRecord {
  id: string;
  name: string;
}

export interface MunicipalityRecord {
  id: string;
  code: string;
  name: string;
  areas: MunicipalityAreaRecord[];
  createdAt: string;
}

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  status: UserStatus;
  roles: Role[];
  /** Municipalities a coordinator serves. */
  municipalityIds: string[];
  /** Where the person lives or mostly acts; decides which coordinator may see them. */
  homeMunicipalityId: string | null;
  lastSignInAt: string | null;
  /** True until an invited staff member has chosen a password. */
  invitationPending: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface AuditEventRecord {
  id: string;
  occurredAt: string;
  actorId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  municipalityId: string | null;
  reason: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  requestId: string | null;
  /** Records the event also belongs to, such as the group of a membership. */
  contextIds: string[];
  /** Set when an erasure replaced a person in this row by their keyed pseudonym; null otherwise. */
  pseudonymised: AuditRedaction | null;
}

export interface AuditRedaction {
  at: string;
  /** The erasure request that did it; null for rows redacted before requests were recorded. */
  erasureRequestId: string | null;
  /** "pseudonymised on <date> by erasure request <id>" */
  note: string;
}

/** An organisation a person represents, as /api/me shows it to them. */
export interface MeOrganisation {
  id: string;
  name: string;
  role: string;
  title: string;
  /** True while the organisation holds an active, unexpired badge. */
  verified: boolean;
  /** The organisation's current badge (its code and expiry), while it is verified. */
  badge: { code: string; validUntil: string } | null;
  /** The person's own emblem there, the newest issued (valid only while the organisation's badge is). */
  emblem: { code: string; status: BadgeStatus; valid: boolean; validUntil: string | null } | null;
}

export interface MeRecord {
  id: string;
  email: string;
  displayName: string;
  status: UserStatus;
  /** While suspended: until when (null: until lifted). Null for an active account. */
  suspendedUntil: string | null;
  /**
   * This session is restricted to what a suspended account may still do: read itself, its
   * notifications and the statements of reasons in them, appeal, its own privacy rights, sign out.
   */
  restricted: boolean;
  /** The language the person reads e-mails, decisions and notes in (and the console opens in). */
  language: Language;
  /** Whether the person receives the monthly lägesbild of the municipalities they may read by e-mail. */
  lagesbildEmail: boolean;
  roles: Role[];
  municipalities: Pick<MunicipalityRecord, 'id' | 'code' | 'name'>[];
  /** Groups the person belongs to, with their role there (filled in by the groups context). */
  groups: { id: string; name: string; role: string }[];
  /** Organisations the person represents, with their role and title there, and what proves it. */
  organisations: MeOrganisation[];
  /** CASL rules, packed: the console builds the same ability the backend enforces. */
  rules: unknown[];
}

/** One in-app notification as GET /api/me/notifications answers it; its payload depends on its kind. */
export interface NotificationRecord {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

/** A password was right and the account has a second factor: send a code with `mfaToken`. */
export interface MfaChallenge {
  mfaRequired: true;
  /** Short-lived; good only for POST /api/auth/login/mfa. */
  mfaToken: string;
}

/** A staff member without a second factor: enrol one with `enrolmentToken` before signing in. */
export interface MfaEnrolmentChallenge {
  mfaEnrolmentRequired: true;
  enrolmentToken: string;
}

/** Shown once, when a second factor is set up. */
export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  recoveryCodes: string[];
}

export type SignInAnswer = AuthTokens | MfaChallenge | MfaEnrolmentChallenge;

/** One sign-in session: a family of rotating refresh tokens. */
export interface SessionRecord {
  id: string;
  startedAt: string;
  lastUsedAt: string;
  expiresAt: string;
  current: boolean;
}

export interface AuthTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  /** A suspended account's session: only the routes open while suspended answer (see MeRecord.restricted). */
  restricted: boolean;
  user: MeRecord;
}
