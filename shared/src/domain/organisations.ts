/** Kinds of organisation the platform verifies. */
export const OrganisationType = {
  Police: 'police',
  Municipality: 'municipality',
  RescueService: 'rescue_service',
  SecurityCompany: 'security_company',
  NightWalkers: 'night_walkers',
  PropertyOwner: 'property_owner',
  BusinessAssociation: 'business_association',
  Other: 'other',
} as const;
export type OrganisationType = (typeof OrganisationType)[keyof typeof OrganisationType];
export const ORGANISATION_TYPES: readonly OrganisationType[] = Object.values(OrganisationType);

/**
 * Types whose badge lets someone speak with public authority: they need domain proof and two
 * approvals by different reviewers, because a false police badge is the worst failure we can have.
 */
export const AUTHORITY_TYPES: readonly OrganisationType[] = [OrganisationType.Police, OrganisationType.Municipality];
export const isAuthorityType = (type: string): boolean => (AUTHORITY_TYPES as readonly string[]).includes(type);

export const MemberRole = { Admin: 'admin', Member: 'member' } as const;
export type MemberRole = (typeof MemberRole)[keyof typeof MemberRole];
export const MEMBER_ROLES: readonly MemberRole[] = Object.values(MemberRole);

export const ApplicationStatus = {
  /** Police and municipality: waiting for the applicant to confirm an address at the domain. */
  AwaitingDomainProof: 'awaiting_domain_proof',
  Pending: 'pending',
  InfoRequested: 'info_requested',
  Approved: 'approved',
  Rejected: 'rejected',
} as const;
export type ApplicationStatus = (typeof ApplicationStatus)[keyof typeof ApplicationStatus];
export const APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.values(ApplicationStatus);

export const ApplicationKind = { Initial: 'initial', Renewal: 'renewal' } as const;
export type ApplicationKind = (typeof ApplicationKind)[keyof typeof ApplicationKind];

export const Decision = { Approve: 'approve', Reject: 'reject', RequestInfo: 'request_info' } as const;
export type Decision = (typeof Decision)[keyof typeof Decision];

export const BadgeKind = { Organisation: 'organisation', Member: 'member' } as const;
export type BadgeKind = (typeof BadgeKind)[keyof typeof BadgeKind];

export const BadgeStatus = {
  Active: 'active',
  Suspended: 'suspended',
  Revoked: 'revoked',
  Expired: 'expired',
  /** Replaced by the badge a renewal issued. */
  Superseded: 'superseded',
} as const;
export type BadgeStatus = (typeof BadgeStatus)[keyof typeof BadgeStatus];
export const BADGE_STATUSES: readonly BadgeStatus[] = Object.values(BadgeStatus);

/** The review target the queue measures age against. */
export const REVIEW_TARGET_WORKING_DAYS = 5;

export const ORGANISATION_NUMBER_PATTERN = /^\d{6}-\d{4}$/;

/** Why an organisation number is not acceptable, or null when it is. */
export function organisationNumberProblem(number: string, type?: string): string | null {
  if (!ORGANISATION_NUMBER_PATTERN.test(number)) return 'must be written NNNNNN-NNNN';
  const digits = number.replace('-', '');
  if (!luhnValid(digits)) return 'has a wrong check digit';
  // State bodies and municipalities have numbers in group 2; anything else claiming to be one is not.
  if (type && isAuthorityType(type) && digits[0] !== '2') return `must start with 2 for type ${type}`;
  return null;
}

/** The Luhn (modulus 10) check used for Swedish personal and organisation numbers. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Counted from the right, every second digit is doubled.
    let value = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) value *= 2;
    sum += value > 9 ? value - 9 : value;
  }
  return sum % 10 === 0;
}
