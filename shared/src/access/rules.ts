import { AbilityBuilder, createMongoAbility, subject as asSubject, type ForcedSubject, type MongoAbility, type RawRuleOf } from '@casl/ability';
import { packRules, unpackRules, type PackRule } from '@casl/ability/extra';
import { Role, ROLES } from '../domain/roles.js';
import type { GroupBanRecord, GroupInvitationRecord, GroupMemberRecord, GroupRecord, InterventionRecord, JoinRequestRecord } from '../domain/groups.js';
import type { GroupMessageRecord, PostRecord } from '../domain/content.js';
import type { AppealRecord, CaseRecord } from '../domain/moderation.js';
import type { AuditEventRecord, MunicipalityRecord, UserRecord } from '../domain/records.js';
import type { BadgeRecord, OrganisationRecord, VerificationApplicationRecord } from '../domain/organisation-records.js';
import type { LagesbildRecord } from '../domain/lagesbild.js';
import { moderationRules } from './moderation.rules.js';
import { privacyRules } from './privacy.rules.js';
import { suspendedRules } from './suspended.rules.js';
import { authorityOrderRules } from './authority-order.rules.js';
import type { AuthorityOrderRecord } from '../domain/authority-orders.js';
import { Action, Subject, type SubjectName } from './subjects.js';

/** Subjects as names (for type-level checks) or as records tagged with their name. */
type TaggedRecords =
  | (UserRecord & ForcedSubject<typeof Subject.User>)
  | (MunicipalityRecord & ForcedSubject<typeof Subject.Municipality>)
  | (AuditEventRecord & ForcedSubject<typeof Subject.AuditEvent>)
  | (OrganisationRecord & ForcedSubject<typeof Subject.Organisation>)
  | (VerificationApplicationRecord & ForcedSubject<typeof Subject.VerificationApplication>)
  | (BadgeRecord & ForcedSubject<typeof Subject.Badge>)
  | (GroupRecord & ForcedSubject<typeof Subject.Group>)
  | (GroupMemberRecord & ForcedSubject<typeof Subject.GroupMember>)
  | (JoinRequestRecord & ForcedSubject<typeof Subject.GroupJoinRequest>)
  | (GroupInvitationRecord & ForcedSubject<typeof Subject.GroupInvitation>)
  | (GroupBanRecord & ForcedSubject<typeof Subject.GroupBan>)
  | (InterventionRecord & ForcedSubject<typeof Subject.GroupIntervention>)
  | (PostRecord & ForcedSubject<typeof Subject.Post>)
  | (GroupMessageRecord & ForcedSubject<typeof Subject.GroupMessage>)
  // A tip is judged by its organisation's members, which the record itself does not carry.
  | ({ organisationId: string; memberIds: string[] } & ForcedSubject<typeof Subject.OrganisationMessage>)
  | (CaseRecord & ForcedSubject<typeof Subject.ModerationCase>)
  | (AppealRecord & ForcedSubject<typeof Subject.Appeal>)
  // The rules read only these two fields, so a service checks an order before loading the rest.
  | (Pick<AuthorityOrderRecord, 'issuingOrganisationId' | 'type'> & ForcedSubject<typeof Subject.AuthorityOrder>)
  | ({ recipientOrganisationId: string | null } & ForcedSubject<typeof Subject.AuthorityOrderDisclosure>)
  | (Pick<LagesbildRecord, 'municipalityId'> & ForcedSubject<typeof Subject.Lagesbild>);

export type AppAbility = MongoAbility<[string, SubjectName | TaggedRecords]>;
export type AppRule = RawRuleOf<AppAbility>;
export type PackedRules = PackRule<AppRule>[];

/** The facts about a person that the rules depend on. */
export interface RuleSubjectUser {
  id: string;
  roles: readonly Role[];
  /** Municipalities a coordinator serves. */
  municipalityIds: readonly string[];
  /** Groups the person owns or administers (a relation, not a role). */
  adminGroupIds?: readonly string[];
  /** Groups the person owns. */
  ownedGroupIds?: readonly string[];
  /** A suspended account: its session is restricted, whatever its roles and relations. */
  suspended?: boolean;
  /** Verified police organisations the person is a member of (a relation, not a role). */
  policeOrganisationIds?: readonly string[];
}

/** What a group's owner and admins manage inside their own groups. */
const GROUP_ADMINISTRATION = [Subject.GroupMember, Subject.GroupJoinRequest, Subject.GroupInvitation, Subject.GroupBan];

/**
 * The permissions of each role, written once and used by the backend (guard and SQL scoping)
 * and the console (menus and buttons). Anything not granted here is denied.
 * Conditions only use `$eq` and `$in` on entity properties: the backend turns them into SQL.
 */
export function defineRulesFor(user: RuleSubjectUser): AppRule[] {
  if (user.suspended) return suspendedRules();
  const { can, cannot, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);

  // Anyone signed in may see which municipalities the platform serves. People read their own
  // account through /api/me, so citizens have no access to the users resource at all.
  can(Action.Read, Subject.Municipality);
  // Anyone may apply to have an organisation verified, follow their own applications and answer
  // requests for more information; an organisation's admins manage its members and renewals.
  can(Action.Create, Subject.VerificationApplication);
  can([Action.Read, Action.Update], Subject.VerificationApplication, { applicantId: user.id });
  can([Action.Read, Action.Update], Subject.Organisation, { adminIds: { $in: [user.id] } });
  // They also read its badge and emblems, to print their QR codes (changing them stays with coordinators).
  can(Action.Read, Subject.Badge, { organisationAdminIds: { $in: [user.id] } });

  for (const role of user.roles) {
    switch (role) {
      case Role.PlatformOwner:
        can(Action.Manage, 'all');
        break;
      case Role.Moderator:
        // Moderators handle sanctions against users anywhere, so they may look anyone up.
        can(Action.Read, Subject.User);
        can(Action.Read, [Subject.Group, ...GROUP_ADMINISTRATION]);
        can(Action.Manage, Subject.GroupIntervention);
        // Locked-group content additionally needs an open intervention: the service checks that.
        can([Action.Read, Action.Moderate], [Subject.Post, Subject.GroupMessage]);
        break;
      case Role.Coordinator:
        can(Action.Read, Subject.User, { homeMunicipalityId: { $in: [...user.municipalityIds] } });
        can(Action.Read, Subject.AuditEvent, { municipalityId: { $in: [...user.municipalityIds] } });
        // Coordinators verify organisations serving at least one of their municipalities.
        can(Action.Read, Subject.Organisation, { municipalityIds: { $in: [...user.municipalityIds] } });
        can([Action.Read, Action.Review], Subject.VerificationApplication, { municipalityIds: { $in: [...user.municipalityIds] } });
        can([Action.Read, Action.Revoke, Action.Suspend], Subject.Badge, { municipalityIds: { $in: [...user.municipalityIds] } });
        can(Action.Read, Subject.Group, { municipalityId: { $in: [...user.municipalityIds] } });
        can(Action.Read, Subject.Insight);
        // Their municipalities' monthly reports: read them, and have one made for any period.
        can([Action.Read, Action.Create], Subject.Lagesbild, { municipalityId: { $in: [...user.municipalityIds] } });
        // Municipal groups, in the coordinator's own municipalities (the service checks which).
        can(Action.Create, Subject.Group);
        break;
      case Role.Citizen:
        // Group descriptions are public so that people can find groups and ask to join.
        can([Action.Read, Action.Create], Subject.Group);
        break;
    }
  }

  // Relations: a group's owner and admins run their own groups, whatever their role.
  const adminOf = [...(user.adminGroupIds ?? [])];
  if (adminOf.length > 0) {
    can([Action.Read, Action.Update], Subject.Group, { id: { $in: adminOf } });
    can([Action.Read, Action.Create, Action.Update, Action.Delete], GROUP_ADMINISTRATION, { groupId: { $in: adminOf } });
    can(Action.Moderate, [Subject.Post, Subject.GroupMessage], { groupId: { $in: adminOf } });
  }
  const ownerOf = [...(user.ownedGroupIds ?? [])];
  if (ownerOf.length > 0) can(Action.Delete, Subject.Group, { id: { $in: ownerOf } });

  // Tips are written to an organisation in confidence: its members read, answer and close them;
  // nobody else does, platform staff included (a reported tip reaches moderators as a case).
  cannot(Action.Manage, Subject.OrganisationMessage);
  can([Action.Read, Action.Update], Subject.OrganisationMessage, { memberIds: { $in: [user.id] } });

  moderationRules({ can, cannot }, user);
  privacyRules({ can }, user);
  authorityOrderRules({ can, cannot }, user);

  // The audit log is append-only for everyone, the platform owner included.
  cannot([Action.Create, Action.Update, Action.Delete], Subject.AuditEvent);
  // Nobody reviews their own application (the service also refuses members of the organisation).
  cannot(Action.Review, Subject.VerificationApplication, { applicantId: user.id });
  return rules;
}

export function buildAbility(rules: AppRule[]): AppAbility {
  return createMongoAbility<AppAbility>(rules);
}

export function abilityFor(user: RuleSubjectUser): AppAbility {
  return buildAbility(defineRulesFor(user));
}

/**
 * The roles whose rules alone, without any relation to a group or organisation, allow `action`
 * on `subject`: whom a staff alert goes to is asked of the rules, not named where it is sent.
 */
export function rolesAllowedTo(action: Action, subject: Parameters<AppAbility['can']>[1]): Role[] {
  return ROLES.filter((role) => abilityFor({ id: '', roles: [role], municipalityIds: [] }).can(action, subject));
}

export function packAbilityRules(rules: AppRule[]): PackedRules {
  return packRules(rules);
}

export function abilityFromPackedRules(packed: PackedRules): AppAbility {
  return buildAbility(unpackRules(packed));
}

/** Tags a plain record with its subject so conditions are checked against it. */
export function recordOf<N extends Subject, T extends object>(name: N, record: T): T & ForcedSubject<N> {
  return asSubject(name, record);
}
