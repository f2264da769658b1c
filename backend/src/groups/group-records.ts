import type { GroupRecord, GroupRole } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import type { Group } from './group.entity.js';

interface GroupStats {
  member_count: number;
  pending_count: number;
  my_role: GroupRole | null;
  open_intervention_id: string | null;
}

/** Groups as the API shows them, with counts and the caller's own role, in one query per page. */
export async function toGroupRecords(manager: EntityManager, groups: Group[], callerId: string): Promise<GroupRecord[]> {
  if (groups.length === 0) return [];
  const rows: (GroupStats & { id: string })[] = await manager.query(
    `SELECT g.id,
            (SELECT count(*)::int FROM group_members m WHERE m.group_id = g.id) AS member_count,
            (SELECT count(*)::int FROM group_join_requests r WHERE r.group_id = g.id AND r.status = 'pending') AS pending_count,
            (SELECT m.role FROM group_members m WHERE m.group_id = g.id AND m.user_id = $2) AS my_role,
            (SELECT i.id FROM group_interventions i WHERE i.group_id = g.id AND i.closed_at IS NULL) AS open_intervention_id
       FROM groups g WHERE g.id = ANY($1::uuid[])`,
    [groups.map((group) => group.id), callerId],
  );
  const stats = new Map(rows.map((row) => [row.id, row]));
  return groups.map((group) => {
    const s = stats.get(group.id);
    return {
      id: group.id,
      name: group.name,
      description: group.description,
      purpose: group.purpose,
      rulesText: group.rulesText,
      municipalityId: group.municipalityId,
      areaId: group.areaId,
      visibility: group.visibility,
      kind: group.kind,
      status: group.status,
      memberCount: s?.member_count ?? 0,
      pendingRequestCount: s?.pending_count ?? 0,
      postingFrozen: group.postingFrozenAt !== null,
      lockedByPlatform: group.lockedByPlatformAt !== null,
      orphaned: group.orphanedAt !== null,
      myRole: s?.my_role ?? null,
      openInterventionId: s?.open_intervention_id ?? null,
      createdAt: group.createdAt.toISOString(),
      lastActivityAt: group.lastActivityAt.toISOString(),
    };
  });
}
