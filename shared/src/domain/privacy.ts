/** GDPR: consent purposes and their ledger, requests from data subjects, legal holds, retention. */

/** Art. 6(1) grounds a purpose can rest on. */
export const LegalBasis = {
  Contract: 'contract',
  Consent: 'consent',
  LegalObligation: 'legal_obligation',
  LegitimateInterest: 'legitimate_interest',
} as const;
export type LegalBasis = (typeof LegalBasis)[keyof typeof LegalBasis];
export const LEGAL_BASES: readonly LegalBasis[] = Object.values(LegalBasis);

/** What a person answered, as the ledger records it. */
export const ConsentDecision = { Granted: 'granted', Refused: 'refused', Withdrawn: 'withdrawn' } as const;
export type ConsentDecision = (typeof ConsentDecision)[keyof typeof ConsentDecision];
export const CONSENT_DECISIONS: readonly ConsentDecision[] = Object.values(ConsentDecision);

/** How the answer reached us: in the app, or typed in by staff on the person's behalf. */
export const ConsentChannel = { App: 'app', ConsoleOnBehalf: 'console_on_behalf' } as const;
export type ConsentChannel = (typeof ConsentChannel)[keyof typeof ConsentChannel];

/** Where a person stands on a purpose now, derived from the ledger. */
export const ConsentState = {
  Granted: 'granted',
  Refused: 'refused',
  Withdrawn: 'withdrawn',
  /** Never answered. */
  NotAsked: 'not_asked',
  /** Granted an older text; a material change asks again. */
  Outdated: 'outdated',
} as const;
export type ConsentState = (typeof ConsentState)[keyof typeof ConsentState];

/** Art. 15, 16, 17, 18 and 20. */
export const RequestType = {
  Access: 'access',
  Portability: 'portability',
  Erasure: 'erasure',
  Restriction: 'restriction',
  Rectification: 'rectification',
} as const;
export type RequestType = (typeof RequestType)[keyof typeof RequestType];
export const REQUEST_TYPES: readonly RequestType[] = Object.values(RequestType);

export const RequestStatus = {
  Received: 'received',
  /** An erasure waiting out its grace period, during which the person may cancel. */
  Scheduled: 'scheduled',
  Processing: 'processing',
  Completed: 'completed',
  Rejected: 'rejected',
  Cancelled: 'cancelled',
} as const;
export type RequestStatus = (typeof RequestStatus)[keyof typeof RequestStatus];
export const REQUEST_STATUSES: readonly RequestStatus[] = Object.values(RequestStatus);
export const OPEN_REQUEST_STATUSES: readonly RequestStatus[] = [RequestStatus.Received, RequestStatus.Scheduled, RequestStatus.Processing];

/** Art. 12(3): one month, extendable by at most two more. */
export const REQUEST_DUE_MONTHS = 1;
export const REQUEST_MAX_EXTENSION_MONTHS = 2;

export interface PrivacyRequestRecord {
  id: string;
  subjectId: string;
  type: RequestType;
  status: RequestStatus;
  receivedAt: string;
  dueAt: string;
  /** The due date in force: the extended one when there is one. */
  effectiveDueAt: string;
  overdue: boolean;
  extendedDueAt: string | null;
  extensionReason: string | null;
  filedBy: string | null;
  identityCheck: string | null;
  details: string | null;
  eraseAfter: string | null;
  progress: { step: string; done: number; of: number } | null;
  resultReady: boolean;
  resultExpiresAt: string | null;
  closingNote: string | null;
  closedAt: string | null;
  certificateSha256: string | null;
}

export interface LegalHoldRecord {
  id: string;
  subjectId: string;
  itemType: HeldItemType | null;
  itemId: string | null;
  reason: string;
  reference: string;
  placedBy: string | null;
  placedAt: string;
  endsAt: string;
  liftedAt: string | null;
  /** The order from an authority the hold was placed on, if any. */
  authorityOrderId: string | null;
}

/** What a hold can name; a hold without an item covers all of the person's content. */
export const HeldItemType = { Post: 'post', GroupMessage: 'group_message' } as const;
export type HeldItemType = (typeof HeldItemType)[keyof typeof HeldItemType];
export const HELD_ITEM_TYPES: readonly HeldItemType[] = Object.values(HeldItemType);

export interface ConsentPurposeRecord {
  id: string;
  key: string;
  legalBasis: LegalBasis;
  optional: boolean;
  currentVersion: number;
  /** The version a person must have answered for their answer to count. */
  requiredVersion: number;
  versions: { version: number; textSv: string; textEn: string; sha256: string; material: boolean; publishedAt: string }[];
}

export interface RetentionRuleRecord {
  id: string;
  kind: string;
  days: number;
  description: string;
  updatedAt: string;
}

/** An erasure certificate as its reader sees it: no personal data, only counts, grounds and dates. */
export interface ErasureCertificateRecord {
  requestId: string;
  issuedAt: string;
  /** The certificate as e-mailed to the person (English). */
  text: string;
  sha256: string;
  /** The whole-database scan after the erasure; null until the final pass has run. */
  check: { clean: boolean; hits: number; allowed: number } | null;
}
