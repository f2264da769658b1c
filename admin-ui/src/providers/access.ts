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

/** A rule that only lets the person see their own record, e.g. `read User {id: me.id}`. */
function isOwnRecordOnly(conditions: unknown, ownId: string): boolean {
  if (!conditions || typeof conditions !== 'object') return false;
  const keys = Object.keys(conditions);
  if (keys.length !== 1 || keys[0] !== 'id') return false;
  const id = (conditions as { id: unknown }).id;
  return id === ownId || (typeof id === 'object' && id !== null && (id as { $eq?: unknown }).$eq === ownId);
}

export interface AccessQuery {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

/**
 * The console's answer to react-admin's canAccess, from the same CASL rules the backend enforces.
 * One refinement: a list page is offered only when the rules reach beyond the person's own
 * record; everyone may read their own account, but a "list" holding only yourself is no
 * console page (that is what keeps Users out of a citizen's menu).
 */
export function canAccessWith(me: MeRecord, { action, resource, record }: AccessQuery): boolean {
  const subject = subjectOfResource(resource);
  if (!subject) return false;
  const ability = abilityOf(me);
  const ruleAction = actionForConsole(action);
  if (record) {
    return ability.can(ruleAction, recordOf(subject, record) as unknown as Parameters<AppAbility['can']>[1]);
  }
  if (!ability.can(ruleAction, subject)) return false;
  if (action !== 'list') return true;
  return ability
    .rulesFor(ruleAction, subject)
    .some((rule) => !rule.inverted && !isOwnRecordOnly(rule.conditions, me.id));
}
