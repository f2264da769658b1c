import type { AbilityBuilder } from '@casl/ability';
import { CaseRouting } from '../domain/moderation.js';
import { Role, STAFF_ROLES } from '../domain/roles.js';
import type { AppAbility, RuleSubjectUser } from './rules.js';
import { Action, Subject } from './subjects.js';

/**
 * Who handles reports: platform moderators the platform queue (public content, escalations);
 * a group's admins the cases routed to them about their own groups; everyone may report, see
 * their own reports and appeal decisions about them.
 */
export function moderationRules({ can, cannot }: Pick<AbilityBuilder<AppAbility>, 'can' | 'cannot'>, user: RuleSubjectUser): void {
  can(Action.Create, [Subject.Notice, Subject.Appeal]);
  if (user.roles.includes(Role.Moderator)) {
    can([Action.Read, Action.Update, Action.Decide], Subject.ModerationCase, { routing: CaseRouting.Platform });
    can([Action.Read, Action.Decide], Subject.Appeal);
    can(Action.Read, [Subject.ModerationExport, Subject.Insight]);
    can(Action.Sanction, Subject.User);
  }
  const adminOf = [...(user.adminGroupIds ?? [])];
  if (adminOf.length > 0) {
    can([Action.Read, Action.Update, Action.Decide], Subject.ModerationCase, { routing: CaseRouting.GroupAdmins, groupId: { $in: adminOf } });
    can(Action.Sanction, Subject.User);
  }
  // A moderator could otherwise silence a colleague or their own superior through a report:
  // sanctions against staff are the platform owner's alone (issue 16, item 5).
  if (!user.roles.includes(Role.PlatformOwner)) cannot(Action.Sanction, Subject.User, { roles: { $in: [...STAFF_ROLES] } });
}
