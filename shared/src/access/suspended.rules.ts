import { AbilityBuilder, createMongoAbility } from '@casl/ability';
import type { AppAbility, AppRule } from './rules.js';
import { Action, Subject } from './subjects.js';

/**
 * A suspended account's restricted session: no role, scope or group relation counts, so a
 * suspended moderator or owner has no staff power left. What remains is what the DSA (Art. 20)
 * and the GDPR keep open to them: appealing a decision about them. Reading themselves, their
 * notifications and exercising their privacy rights go through /api/me routes that are open
 * while suspended and need no rule.
 */
export function suspendedRules(): AppRule[] {
  const { can, rules } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can(Action.Create, Subject.Appeal);
  return rules;
}
