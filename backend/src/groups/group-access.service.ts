import { Injectable } from '@nestjs/common';
import { Action, AuditAction, GroupRole, GroupStatus, GroupVisibility, Role, Subject } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { allows } from '../access/allows.js';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { GroupBan } from './group-ban.entity.js';
import { GroupMember } from './group-member.entity.js';
import { Group } from './group.entity.js';
import { GroupsError, GroupsErrorCode } from './groups.errors.js';
import { Intervention } from './intervention.entity.js';

/** How the caller may read a group's content, if at all. */
export type ContentAccess = 'member' | 'open-group' | 'intervention' | null;

/**
 * The questions every group operation asks: does the group exist for this caller, are they a
 * member or an admin, may they read its content, may anyone write in it now.
 */
@Injectable()
export class GroupAccess {
  constructor(private readonly audit: AuditService) {}

  /** The group, or 404 when it does not exist or the caller may not see it. */
  async visibleGroup(manager: EntityManager, caller: Caller, groupId: string, lock = false): Promise<Group> {
    const qb = manager.getRepository(Group).createQueryBuilder('g').where('g.id = :groupId', { groupId });
    if (lock) qb.setLock('pessimistic_write');
    const group = await qb.getOne();
    if (!group || !(allows(caller.ability, Action.Read, Subject.Group, group) || (await this.membership(manager, groupId, caller.id)))) {
      throw new GroupsError(GroupsErrorCode.GroupNotFound, `No group with id ${groupId}`);
    }
    return group;
  }

  membership(manager: EntityManager, groupId: string, userId: string): Promise<GroupMember | null> {
    return manager.findOneBy(GroupMember, { groupId, userId });
  }

  /**
   * Whether the caller runs the group: its owner or an admin, or platform staff whose rules
   * allow it. A locked group is a closed room: staff reach its administration (members, bans,
   * requests, invitations) only during an open intervention, as for its content.
   */
  async administers(manager: EntityManager, caller: Caller, group: Group): Promise<boolean> {
    if (caller.adminGroupIds.includes(group.id)) return true;
    if (!allows(caller.ability, Action.Update, Subject.GroupMember, { groupId: group.id })) return false;
    return (await this.staffReach(manager, caller, group)) !== null;
  }

  /** The caller runs the group: its owner or an admin, or platform staff (see `administers`). */
  async assertAdministers(manager: EntityManager, caller: Caller, group: Group, what: string): Promise<void> {
    if (!(await this.administers(manager, caller, group))) {
      throw new GroupsError(GroupsErrorCode.NotAllowed, `Only the group's owner and admins may ${what}${this.lockedNote(caller, group)}`);
    }
  }

  /** The caller owns the group (or is the platform owner, within a locked group only during an intervention). */
  async assertOwns(manager: EntityManager, caller: Caller, group: Group, what: string): Promise<void> {
    const membership = await this.membership(manager, group.id, caller.id);
    if (membership?.role === GroupRole.Owner) return;
    if (caller.roles.includes(Role.PlatformOwner) && (await this.staffReach(manager, caller, group)) !== null) return;
    throw new GroupsError(GroupsErrorCode.NotAllowed, `Only the group's owner may ${what}${this.lockedNote(caller, group)}`);
  }

  /**
   * How someone who is not the group's admin reaches it as staff: any open group; a locked one
   * only through its open intervention (returned, so the caller can name it in the audit).
   */
  async staffReach(manager: EntityManager, caller: Caller, group: Group): Promise<'open-group' | Intervention | null> {
    if (group.visibility !== GroupVisibility.Locked) return 'open-group';
    if (!isStaff(caller)) return null;
    return this.openIntervention(manager, group.id);
  }

  /**
   * SQL keeping a list of group records to the groups the caller reaches: those they run, open
   * groups, and locked groups only while an intervention is open (the list's rules add the rest).
   */
  reachableGroupSql(groupIdColumn: string): string {
    return `(${groupIdColumn} = ANY(:reachAdminOf) OR EXISTS (SELECT 1 FROM groups reach_g WHERE reach_g.id = ${groupIdColumn} AND reach_g.visibility <> 'locked')
      OR EXISTS (SELECT 1 FROM group_interventions reach_i WHERE reach_i.group_id = ${groupIdColumn} AND reach_i.closed_at IS NULL))`;
  }

  /** Refuses a list filtered to one locked group the caller reaches only as staff, with no intervention open. */
  async assertReachesForList(manager: EntityManager, caller: Caller, groupId: string): Promise<void> {
    if (caller.adminGroupIds.includes(groupId) || !isStaff(caller)) return;
    const group = await manager.findOneBy(Group, { id: groupId });
    if (group && (await this.staffReach(manager, caller, group)) === null) {
      throw new GroupsError(GroupsErrorCode.NotAllowed, 'This group is locked: platform staff see its members, requests, invitations and bans only during an intervention');
    }
  }

  /** Audits that staff read records of locked groups through their interventions (one event per group). */
  async auditInterventionReads(manager: EntityManager, caller: Caller, groupIds: readonly string[], what: string): Promise<void> {
    const others = [...new Set(groupIds)].filter((id) => !caller.adminGroupIds.includes(id));
    if (others.length === 0 || !isStaff(caller)) return;
    const reached: { group_id: string; municipality_id: string; intervention_id: string }[] = await manager.query(
      `SELECT g.id AS group_id, g.municipality_id, i.id AS intervention_id FROM groups g
       JOIN group_interventions i ON i.group_id = g.id AND i.closed_at IS NULL
       WHERE g.id = ANY($1) AND g.visibility = 'locked'`,
      [others],
    );
    for (const row of reached) {
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.InterventionContentRead,
        subjectType: Subject.Group,
        subjectId: row.group_id,
        municipalityId: row.municipality_id,
        reason: `intervention ${row.intervention_id}: ${what}`,
        requestId: caller.requestId,
      });
    }
  }

  private lockedNote(caller: Caller, group: Group): string {
    return isStaff(caller) && group.visibility === GroupVisibility.Locked ? ' (platform staff only during an intervention)' : '';
  }

  activeBan(manager: EntityManager, groupId: string, userId: string): Promise<GroupBan | null> {
    return manager
      .getRepository(GroupBan)
      .createQueryBuilder('b')
      .where('b.groupId = :groupId AND b.userId = :userId AND b.liftedAt IS NULL', { groupId, userId })
      .andWhere('(b.expiresAt IS NULL OR b.expiresAt > now())')
      .getOne();
  }

  openIntervention(manager: EntityManager, groupId: string): Promise<Intervention | null> {
    return manager.getRepository(Intervention).createQueryBuilder('i').where('i.groupId = :groupId AND i.closedAt IS NULL', { groupId }).getOne();
  }

  /**
   * Members read their group; anyone signed in reads an open group. A locked group is a closed
   * room: platform staff read it only during an open intervention, and every such read is audited
   * (naming `what` was read where it is more than the group's content, e.g. a post's history).
   */
  async contentAccess(manager: EntityManager, caller: Caller, group: Group, what?: string): Promise<ContentAccess> {
    if (await this.membership(manager, group.id, caller.id)) return 'member';
    if (group.visibility === GroupVisibility.Open) return 'open-group';
    if (isStaff(caller)) {
      const intervention = await this.openIntervention(manager, group.id);
      if (intervention) {
        await this.audit.record(manager, {
          actorId: caller.id,
          action: AuditAction.InterventionContentRead,
          subjectType: Subject.Group,
          subjectId: group.id,
          municipalityId: group.municipalityId,
          reason: what ? `intervention ${intervention.id}: ${what}` : `intervention ${intervention.id}`,
          requestId: caller.requestId,
        });
        return 'intervention';
      }
    }
    return null;
  }

  async assertCanReadContent(manager: EntityManager, caller: Caller, group: Group): Promise<ContentAccess> {
    const access = await this.contentAccess(manager, caller, group);
    if (!access) {
      throw new GroupsError(GroupsErrorCode.NotAllowed, 'This group is locked: only its members can read it (platform staff only during an intervention)');
    }
    return access;
  }

  /** Members may write only while the group is active, not frozen and not locked by the platform. */
  async assertMayWrite(manager: EntityManager, caller: Caller, group: Group): Promise<void> {
    if (!(await this.membership(manager, group.id, caller.id))) throw new GroupsError(GroupsErrorCode.NotMember, 'Only members of the group can write in it');
    this.assertWritable(group);
  }

  assertWritable(group: Group): void {
    if (group.status === GroupStatus.Archived) throw new GroupsError(GroupsErrorCode.Archived, 'The group is archived and read-only');
    if (group.lockedByPlatformAt) throw new GroupsError(GroupsErrorCode.LockedByPlatform, 'The platform has locked this group');
    if (group.postingFrozenAt) throw new GroupsError(GroupsErrorCode.PostingFrozen, 'Posting in this group is frozen during a platform intervention');
  }
}

/** Platform staff: the roles that may step into a group through an intervention. */
export const isStaff = (caller: Caller): boolean => caller.roles.includes(Role.PlatformOwner) || caller.roles.includes(Role.Moderator);
