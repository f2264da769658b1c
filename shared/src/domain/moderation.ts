/** The code of conduct's rules, plus illegal content (which needs a legal ground). */
export const ConductRule = {
  Political: 'political',
  Commercial: 'commercial',
  Tone: 'tone',
  Threat: 'threat',
  Misinformation: 'misinformation',
  PersonalData: 'personal_data',
  Spam: 'spam',
  Illegal: 'illegal',
} as const;
export type ConductRule = (typeof ConductRule)[keyof typeof ConductRule];
export const CONDUCT_RULES: readonly ConductRule[] = Object.values(ConductRule);

/** What can be reported. */
export const ReportableType = {
  Post: 'post',
  GroupMessage: 'group_message',
  OrganisationMessage: 'organisation_message',
  User: 'user',
  Group: 'group',
} as const;
export type ReportableType = (typeof ReportableType)[keyof typeof ReportableType];
export const REPORTABLE_TYPES: readonly ReportableType[] = Object.values(ReportableType);

/** Who handles a case: the group's own admins, or the platform's moderators. */
export const CaseRouting = { GroupAdmins: 'group_admins', Platform: 'platform' } as const;
export type CaseRouting = (typeof CaseRouting)[keyof typeof CaseRouting];
export const CASE_ROUTINGS: readonly CaseRouting[] = Object.values(CaseRouting);

export const CaseStatus = { Open: 'open', Actioned: 'actioned', Dismissed: 'dismissed' } as const;
export type CaseStatus = (typeof CaseStatus)[keyof typeof CaseStatus];
export const CASE_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus);

export const ModerationActionType = {
  Dismiss: 'dismiss',
  Hide: 'hide',
  Remove: 'remove',
  Restore: 'restore',
  Warn: 'warn',
  Suspend: 'suspend',
  GroupBan: 'group_ban',
  LockGroup: 'lock_group',
  ReferPolice: 'refer_police',
} as const;
export type ModerationActionType = (typeof ModerationActionType)[keyof typeof ModerationActionType];
export const MODERATION_ACTION_TYPES: readonly ModerationActionType[] = Object.values(ModerationActionType);

/** Actions that count against the author. */
export const STRIKING_ACTIONS: readonly ModerationActionType[] = [ModerationActionType.Warn, ModerationActionType.Remove, ModerationActionType.Suspend];

/** Actions that sanction the author's account: a strike, a suspension or a group ban. */
export const ACCOUNT_SANCTIONS: readonly ModerationActionType[] = [...STRIKING_ACTIONS, ModerationActionType.GroupBan];

export const AppealStatus = { Pending: 'pending', Upheld: 'upheld', Reversed: 'reversed' } as const;
export type AppealStatus = (typeof AppealStatus)[keyof typeof AppealStatus];
export const APPEAL_STATUSES: readonly AppealStatus[] = Object.values(AppealStatus);

/** How much weight a reporter's word carries in the priority score. */
export const ReporterKind = { User: 'user', VerifiedPolice: 'verified_police', VerifiedMunicipality: 'verified_municipality', GroupAdmin: 'group_admin' } as const;
export type ReporterKind = (typeof ReporterKind)[keyof typeof ReporterKind];

export interface ScorePart {
  name: 'severity' | 'red_post' | 'reporters' | 'verified_reporter' | 'authority_post' | 'age';
  points: number;
}

export interface NoticeRecord {
  id: string;
  caseId: string;
  itemType: ReportableType;
  itemId: string;
  rule: ConductRule;
  legalGround: string | null;
  explanation: string;
  reporterKind: ReporterKind;
  createdAt: string;
  /** What became of the notice: pending until the case is decided. */
  outcome: 'pending' | 'actioned' | 'dismissed';
  outcomeAt: string | null;
  outcomeStatement: string | null;
}

/**
 * What a queue row shows of the reported item: only the item itself, as the case's detail shows
 * it (never the thread around it); a message to an organisation is private and shows no text.
 */
export interface CaseItemPreview {
  /** The first lines of a post or group message; null for other items or when it is gone. */
  text: string | null;
  /** A post's image, at GET /api/posts/{itemId}/image (where the caller may read the post). */
  hasImage: boolean;
  authorName: string | null;
  groupName: string | null;
  municipalityName: string | null;
  /** A post's map position. */
  place: { latitude: number; longitude: number } | null;
}

export interface CaseRecord {
  id: string;
  itemType: ReportableType;
  itemId: string;
  groupId: string | null;
  municipalityId: string | null;
  authorId: string | null;
  routing: CaseRouting;
  status: CaseStatus;
  escalatedAt: string | null;
  escalationReason: string | null;
  priority: number;
  scoreParts: ScorePart[];
  noticeCount: number;
  reporterCount: number;
  rules: ConductRule[];
  firstNoticeAt: string;
  lastNoticeAt: string;
  claimedBy: string | null;
  claimedUntil: string | null;
  assignedTo: string | null;
  autoHidden: boolean;
  decidedAt: string | null;
  decidedBy: string | null;
  version: number;
  /** In queue pages only. */
  preview?: CaseItemPreview;
}

export interface ModerationActionRecord {
  id: string;
  caseId: string;
  type: ModerationActionType;
  rule: ConductRule | null;
  statement: string;
  facts: string | null;
  automated: boolean;
  durationDays: number | null;
  policeReference: string | null;
  decidedBy: string | null;
  createdAt: string;
  reversedAt: string | null;
}

export interface AppealRecord {
  id: string;
  actionId: string;
  caseId: string;
  appellantId: string | null;
  appellantRole: 'author' | 'reporter';
  text: string;
  status: AppealStatus;
  createdAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  /** The decision appealed against, so the appeal can be judged without opening the case. */
  appealed: Pick<ModerationActionRecord, 'type' | 'rule' | 'statement' | 'facts' | 'automated' | 'decidedBy' | 'createdAt'> | null;
}
