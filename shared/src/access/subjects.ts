/** What a rule can be about. Each name is the entity the backend loads and the console shows. */
export const Subject = {
  User: 'User',
  Municipality: 'Municipality',
  AuditEvent: 'AuditEvent',
  Organisation: 'Organisation',
  VerificationApplication: 'VerificationApplication',
  Badge: 'Badge',
  AllowedDomain: 'AllowedDomain',
  EmailMessage: 'EmailMessage',
  Group: 'Group',
  GroupMember: 'GroupMember',
  GroupJoinRequest: 'GroupJoinRequest',
  GroupInvitation: 'GroupInvitation',
  GroupBan: 'GroupBan',
  GroupIntervention: 'GroupIntervention',
  Post: 'Post',
  GroupMessage: 'GroupMessage',
  /** A tip to an organisation: private to the organisation's members (and its sender, through their own list). */
  OrganisationMessage: 'OrganisationMessage',
  Notice: 'Notice',
  ModerationCase: 'ModerationCase',
  Appeal: 'Appeal',
  /** Statements of reasons in the DSA database format. */
  ModerationExport: 'ModerationExport',
  /** Dashboards: which charts, and for which municipalities, the insights service decides. */
  Insight: 'Insight',
  /** The monthly report per municipality (Lägesbild): coordinators their own, the platform owner all. */
  Lagesbild: 'Lagesbild',
  ConsentPurpose: 'ConsentPurpose',
  PrivacyRequest: 'PrivacyRequest',
  LegalHold: 'LegalHold',
  RetentionRule: 'RetentionRule',
  /** The Art. 30 record and the erasure check. */
  RecordOfProcessing: 'RecordOfProcessing',
  /** Background jobs: the queue dashboard, retrying and cleaning failed jobs (platform owner). */
  Job: 'Job',
  /** Orders from authorities (DSA Arts. 9, 10) and preservation requests. */
  AuthorityOrder: 'AuthorityOrder',
  /** The one-time data handed to an authority for an information order: its members only. */
  AuthorityOrderDisclosure: 'AuthorityOrderDisclosure',
} as const;
export type Subject = (typeof Subject)[keyof typeof Subject];
export type SubjectName = Subject | 'all';

export const Action = {
  Manage: 'manage',
  Create: 'create',
  Read: 'read',
  Update: 'update',
  Delete: 'delete',
  Suspend: 'suspend',
  /** Decide on a verification application (approve, reject, request more information). */
  Review: 'review',
  /** Withdraw a badge for good; suspension uses `suspend`. */
  Revoke: 'revoke',
  /** Hide, restore or remove content. */
  Moderate: 'moderate',
  /** Take actions on a moderation case or an appeal. */
  Decide: 'decide',
  /** Take a moderation sanction against an account (see ACCOUNT_SANCTIONS). */
  Sanction: 'sanction',
  /** The second pair of eyes on a decision someone else reviewed (an information order). */
  Confirm: 'confirm',
} as const;
export type Action = (typeof Action)[keyof typeof Action];

/** REST resource name (URL and react-admin resource) to the subject its records are. */
export const RESOURCE_SUBJECTS = {
  users: Subject.User,
  municipalities: Subject.Municipality,
  'audit-events': Subject.AuditEvent,
  organisations: Subject.Organisation,
  'verification-applications': Subject.VerificationApplication,
  badges: Subject.Badge,
  'allowed-domains': Subject.AllowedDomain,
  'email-messages': Subject.EmailMessage,
  groups: Subject.Group,
  'group-members': Subject.GroupMember,
  'group-join-requests': Subject.GroupJoinRequest,
  'group-invitations': Subject.GroupInvitation,
  'group-bans': Subject.GroupBan,
  'group-interventions': Subject.GroupIntervention,
  posts: Subject.Post,
  'organisation-messages': Subject.OrganisationMessage,
  'moderation-cases': Subject.ModerationCase,
  appeals: Subject.Appeal,
  'consent-purposes': Subject.ConsentPurpose,
  'privacy-requests': Subject.PrivacyRequest,
  'legal-holds': Subject.LegalHold,
  'retention-rules': Subject.RetentionRule,
  'authority-orders': Subject.AuthorityOrder,
} as const satisfies Record<string, Subject>;
export type ResourceName = keyof typeof RESOURCE_SUBJECTS;

/** react-admin's access actions expressed as rule actions; custom actions pass through. */
export function actionForConsole(raAction: string): string {
  switch (raAction) {
    case 'list':
    case 'show':
    case 'export':
      return Action.Read;
    case 'edit':
      return Action.Update;
    default:
      return raAction;
  }
}
