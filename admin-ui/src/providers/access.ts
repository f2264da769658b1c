import {
  abilityFromPackedRules,
  actionForConsole,
  isStaff,
  recordOf,
  RESOURCE_SUBJECTS,
  Subject as Subjects,
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

/** The groups a person owns or administers: what a citizen may run in the console. */
export const adminGroupIdsOf = (me: MeRecord): string[] => me.groups.filter((group) => group.role === 'owner' || group.role === 'admin').map((group) => group.id);

/**
 * Everyone may read group descriptions (the app's public directory) and start a group, but that
 * alone does not make the console's groups pages useful: their list and create pages are offered
 * to staff and to people who run a group (whose rules let them update one).
 */
function offersGroupPages(me: MeRecord, ability: AppAbility): boolean {
  return isStaff(me.roles) || ability.can('update', Subjects.Group);
}

/** The console's answer to react-admin's canAccess, from the same CASL rules the backend enforces. */
export function canAccessWith(me: MeRecord, { action, resource, record }: AccessQuery): boolean {
  const subject = subjectOfResource(resource);
  // A suspended account's restricted session has no resource page: it appeals from its statements.
  if (!subject || me.restricted) return false;
  const ability = abilityOf(me);
  if (subject === Subjects.Group && (action === 'list' || action === 'create') && !offersGroupPages(me, ability)) {
    return false;
  }
  const ruleAction = actionForConsole(action);
  if (record) {
    // CASL tags the object it is given with its subject type, and refuses to re-tag it: tag a
    // copy, since one record (e.g. `{ groupId }`) is asked about for several resources.
    return ability.can(ruleAction, recordOf(subject, { ...record }) as unknown as Parameters<AppAbility['can']>[1]);
  }
  return ability.can(ruleAction, subject);
}
