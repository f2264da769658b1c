import type { AppAbility, Subject } from '@samverka/shared';
import { recordOf } from '@samverka/shared';

type Checkable = Parameters<AppAbility['can']>[1];

/**
 * Whether the rules allow an action on a record, given only the fields the rules look at
 * (ids, municipality, group): services need not build the whole API record to ask.
 */
export function allows(ability: AppAbility, action: string, subject: Subject, fields: object): boolean {
  return ability.can(action, recordOf(subject, fields) as unknown as Checkable);
}
