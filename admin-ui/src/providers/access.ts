import {
  abilityFromPackedRules,
  actionForConsole,
  recordOf,
  RESOURCE_SUBJECTS,
  type AppAbility,
  type MeRecord,
  type PackedRules,
  type ResourceName,
  type Subject,
} from '@samverka/shared';

/** One ability per MeRecord object: rules only change when /api/me or a sign-in replaces it. */
const abilities = new WeakMap<MeRecord, AppAbility>();

export function abilityOf(me: MeRecord): AppAbility {
  let ability = abilities.get(me);
  if (!ability) {
    ability = abilityFromPackedRules(me.rules as PackedRules);
    abilities.set(me, ability);
  }
  return ability;
}

export function subjectOfResource(resource: string): Subject | undefined {
  return Object.hasOwn(RESOURCE_SUBJECTS, resource) ? RESOURCE_SUBJECTS[resource as ResourceName] : undefined;
}

export interface AccessQuery {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

/** The console's answer to react-admin's canAccess, from the same CASL rules the backend enforces. */
export function canAccessWith(me: MeRecord, { action, resource, record }: AccessQuery): boolean {
  const subject = subjectOfResource(resource);
  if (!subject) return false;
  const ability = abilityOf(me);
  const ruleAction = actionForConsole(action);
  if (record) {
    return ability.can(ruleAction, recordOf(subject, record) as unknown as Parameters<AppAbility['can']>[1]);
  }
  return ability.can(ruleAction, subject);
}
