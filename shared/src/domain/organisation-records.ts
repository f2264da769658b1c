import type { ApplicationKind, ApplicationStatus, BadgeKind, BadgeStatus, Decision, MemberRole, OrganisationType } from './organisations.js';

/** The shapes the organisations context returns; the console reads the same types. */
export interface OrganisationMemberRecord {
  id: string;
  userId: string;
  displayName: string;
  title: string;
  role: MemberRole;
  /** The address at the organisation's domain the member confirmed by code (police, municipality). */
  verifiedEmail: string | null;
  confirmed: boolean;
  joinedAt: string;
  leftAt: string | null;
}

export interface OrganisationRecord {
  id: string;
  name: string;
  type: OrganisationType;
  organisationNumber: string;
  municipalityIds: string[];
  emailDomain: string | null;
  description: string | null;
  contact: string | null;
  /** Users who administer the organisation (its members with the admin role). */
  adminIds: string[];
  /** True while the organisation holds an active, unexpired badge. */
  verified: boolean;
  verifiedUntil: string | null;
  members: OrganisationMemberRecord[];
  createdAt: string;
}

export interface EvidenceRecord {
  id: string;
  originalName: string | null;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export interface DecisionRecord {
  id: string;
  reviewerId: string;
  reviewerName: string;
  decision: Decision;
  grounds: string;
  decidedAt: string;
}

export interface VerificationApplicationRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  organisationNumber: string;
  municipalityIds: string[];
  emailDomain: string | null;
  applicantId: string;
  applicantName: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  message: string;
  /** The applicant's latest answer to a request for more information. */
  response: string | null;
  requiredApprovals: number;
  approvals: number;
  domainProof: { required: boolean; email: string | null; confirmedAt: string | null; expiresAt: string | null; attemptsLeft: number | null };
  evidence: EvidenceRecord[];
  decisions: DecisionRecord[];
  /** Working days since the application was made, against the review target. */
  ageWorkingDays: number;
  targetWorkingDays: number;
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
  decidedAt: string | null;
}

export interface BadgeRecord {
  id: string;
  code: string;
  kind: BadgeKind;
  status: BadgeStatus;
  organisationId: string;
  organisationName: string;
  organisationType: OrganisationType;
  organisationNumber: string;
  municipalityIds: string[];
  /** Users who administer the organisation: they may read its badges and print their QR codes. */
  organisationAdminIds: string[];
  /** Member emblems: the member, their name and title. */
  memberId: string | null;
  userId: string | null;
  holderName: string | null;
  title: string | null;
  applicationId: string | null;
  issuedAt: string;
  validUntil: string | null;
  /** Valid now: active, unexpired, and for an emblem, its organisation's badge too. */
  valid: boolean;
  /** Staff who approved (shown to staff only). */
  approvedBy: string[];
  reviewerRefs: string[];
  statusReason: string | null;
  statusChangedAt: string | null;
  /** The public page that proves the badge (`<PUBLIC_URL>/verify/<code>`), which its QR code opens. */
  verifyUrl: string;
}

/** What anyone may learn about a badge: no personal data beyond name and title. */
export interface PublicBadgeRecord {
  code: string;
  kind: BadgeKind;
  valid: boolean;
  status: BadgeStatus;
  verifies: {
    organisation: { name: string; type: OrganisationType; organisationNumber: string; municipalities: string[] };
    holder: { name: string; title: string } | null;
  };
  verifiedAt: string;
  validUntil: string | null;
  /** Pseudonymous references of the reviewers who approved it. */
  reviewers: string[];
  /** The public page that proves the badge, for the app's QR code. */
  verifyUrl: string;
}

export interface AllowedDomainRecord {
  id: string;
  domain: string;
  organisationType: OrganisationType;
  note: string | null;
  createdAt: string;
}

export interface EmailMessageRecord {
  id: string;
  recipient: string;
  userId: string | null;
  template: string;
  language: string;
  subject: string;
  body: string;
  status: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
}
