import type { AbilityBuilder } from '@casl/ability';
import { AuthorityOrderType } from '../domain/authority-orders.js';
import { Role } from '../domain/roles.js';
import type { AppAbility, RuleSubjectUser } from './rules.js';
import { Action, Subject } from './subjects.js';

/**
 * Orders from authorities: members of a verified police organisation file and follow their own
 * organisation's orders; moderators read and decide orders to act against content; the platform
 * owner (who manages everything already) files paper orders and decides all of them.
 *
 * Information orders about a person take four eyes: after the platform owner has reviewed one, a
 * second platform owner or a moderator confirms it, so moderators read and confirm those (and
 * decide nothing else about them). That the confirmer is not the reviewer or the filer is the
 * service's domain rule.
 *
 * The data disclosed for an information order goes to the issuing organisation's members only:
 * nobody else reads it, the platform owner included.
 */
export function authorityOrderRules({ can, cannot }: Pick<AbilityBuilder<AppAbility>, 'can' | 'cannot'>, user: RuleSubjectUser): void {
  const policeOf = [...(user.policeOrganisationIds ?? [])];
  if (policeOf.length > 0) can([Action.Create, Action.Read], Subject.AuthorityOrder, { issuingOrganisationId: { $in: policeOf } });
  if (user.roles.includes(Role.Moderator)) {
    can([Action.Read, Action.Decide], Subject.AuthorityOrder, { type: AuthorityOrderType.ActAgainstContent });
    can([Action.Read, Action.Confirm], Subject.AuthorityOrder, { type: AuthorityOrderType.ProvideInformation });
  }
  cannot(Action.Manage, Subject.AuthorityOrderDisclosure);
  if (policeOf.length > 0) can(Action.Read, Subject.AuthorityOrderDisclosure, { recipientOrganisationId: { $in: policeOf } });
}
