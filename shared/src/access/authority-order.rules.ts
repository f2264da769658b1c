import type { AbilityBuilder } from '@casl/ability';
import { AuthorityOrderType } from '../domain/authority-orders.js';
import { Role } from '../domain/roles.js';
import type { AppAbility, RuleSubjectUser } from './rules.js';
import { Action, Subject } from './subjects.js';

/**
 * Orders from authorities: members of a verified police organisation file and follow their own
 * organisation's orders; moderators read and decide orders to act against content; the platform
 * owner (who manages everything already) files paper orders and decides all of them.
 */
export function authorityOrderRules({ can }: Pick<AbilityBuilder<AppAbility>, 'can'>, user: RuleSubjectUser): void {
  const policeOf = [...(user.policeOrganisationIds ?? [])];
  if (policeOf.length > 0) can([Action.Create, Action.Read], Subject.AuthorityOrder, { issuingOrganisationId: { $in: policeOf } });
  if (user.roles.includes(Role.Moderator)) {
    can([Action.Read, Action.Decide], Subject.AuthorityOrder, { type: AuthorityOrderType.ActAgainstContent });
  }
}
