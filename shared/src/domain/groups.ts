export const GroupVisibility = { Open: 'open', Locked: 'locked' } as const;
export type GroupVisibility = (typeof GroupVisibility)[keyof typeof GroupVisibility];
export const GROUP_VISIBILITIES: readonly GroupVisibility[] = Object.values(GroupVisibility);

/** Citizens create citizen groups; coordinators create municipal ones. */
export const GroupKind = { Citizen: 'citizen', Municipal: 'municipal' } as const;
export type GroupKind = (typeof GroupKind)[keyof typeof GroupKind];
export const GROUP_KINDS: readonly GroupKind[] = Object.values(GroupKind);

export const GroupStatus = { Active: 'active', Archived: 'archived' } as const;
export type GroupStatus = (typeof GroupStatus)[keyof typeof GroupStatus];
export const GROUP_STATUSES: readonly GroupStatus[] = Object.values(GroupStatus);

export const GroupRole = { Owner: 'owner', Admin: 'admin', Member: 'member' } as const;
export type GroupRole = (typeof GroupRole)[keyof typeof GroupRole];
export const GROUP_ROLES: readonly GroupRole[] = Object.values(GroupRole);

export const JoinRequestStatus = { Pending: 'pending', Approved: 'approved', Rejected: 'rejected', Withdrawn: 'withdrawn' } as const;
export type JoinRequestStatus = (typeof JoinRequestStatus)[keyof typeof JoinRequestStatus];
export const JOIN_REQUEST_STATUSES: readonly JoinRequestStatus[] = Object.values(JoinRequestStatus);

/** Why the platform steps into a locked group. */
export const InterventionGround = {
  ReportedIllegalContent: 'reported_illegal_content',
  PoliceRequest: 'police_request',
  GuidelineBreach: 'guideline_breach',
  Other: 'other',
} as const;
export type InterventionGround = (typeof InterventionGround)[keyof typeof InterventionGround];
export const INTERVENTION_GROUNDS: readonly InterventionGround[] = Object.values(InterventionGround);

export interface GroupRecord {
  id: string;
  name: string;
  description: string;
  purpose: string;
  rulesText: string;
  municipalityId: string;
  areaId: string | null;
  visibility: GroupVisibility;
  kind: GroupKind;
  status: GroupStatus;
  memberCount: number;
  pendingRequestCount: number;
  postingFrozen: boolean;
  lockedByPlatform: boolean;
  orphaned: boolean;
  /** The caller's own role in the group, if any. */
  myRole: GroupRole | null;
  openInterventionId: string | null;
  createdAt: string;
  lastActivityAt: string;
}

/**
 * What tells two people of the same name apart for a group's admins, without their e-mail: since
 * when they are on the platform, their home municipality, and how many other groups they share
 * with the admin looking.
 */
export interface PersonDetails {
  memberSince: string;
  municipalityName: string | null;
  mutualGroups: number;
}

export interface GroupMemberRecord extends PersonDetails {
  id: string;
  groupId: string;
  userId: string;
  displayName: string;
  role: GroupRole;
  joinedAt: string;
  roleSince: string;
}

export interface JoinRequestRecord extends PersonDetails {
  id: string;
  groupId: string;
  userId: string;
  displayName: string;
  message: string | null;
  status: JoinRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
}

export interface GroupInvitationRecord {
  id: string;
  groupId: string;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revokedAt: string | null;
  usable: boolean;
}

export interface GroupBanRecord {
  id: string;
  groupId: string;
  userId: string;
  displayName: string;
  reason: string;
  bannedBy: string | null;
  createdAt: string;
  expiresAt: string | null;
  liftedAt: string | null;
  liftedBy: string | null;
  liftedByName: string | null;
  liftReason: string | null;
  active: boolean;
}

export interface InterventionRecord {
  id: string;
  groupId: string;
  ground: InterventionGround;
  reason: string;
  openedBy: string | null;
  openedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  outcome: string | null;
}
