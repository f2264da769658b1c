import type { GroupRole } from '@samverka/shared';

export interface GroupRelation {
  id: string;
  name: string;
  role: GroupRole;
}

/**
 * The groups a person belongs to, and their role there. Identity and access need it (for /api/me
 * and the rules), but memberships belong to the groups context, which provides the implementation.
 */
export abstract class GroupRelations {
  abstract of(userId: string): Promise<GroupRelation[]>;
}

/** The relation ids the shared rules take. */
export function relationFacts(relations: GroupRelation[]): { adminGroupIds: string[]; ownedGroupIds: string[] } {
  return {
    adminGroupIds: relations.filter((relation) => relation.role !== 'member').map((relation) => relation.id),
    ownedGroupIds: relations.filter((relation) => relation.role === 'owner').map((relation) => relation.id),
  };
}
