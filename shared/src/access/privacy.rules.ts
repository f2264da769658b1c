import type { AbilityBuilder } from '@casl/ability';
import { Role } from '../domain/roles.js';
import type { AppAbility, RuleSubjectUser } from './rules.js';
import { Action, Subject } from './subjects.js';

/**
 * GDPR duties sit with the platform owner (who manages everything already): the request queue,
 * legal holds, purposes and retention. Coordinators answer to their municipality for the
 * processing, so they may read the purposes and the record of processing. Citizens act on their
 * own data through /api/me, which needs no rule here.
 */
export function privacyRules({ can }: Pick<AbilityBuilder<AppAbility>, 'can'>, user: RuleSubjectUser): void {
  if (user.roles.includes(Role.Coordinator)) {
    can(Action.Read, [Subject.ConsentPurpose, Subject.RecordOfProcessing, Subject.RetentionRule]);
  }
}
