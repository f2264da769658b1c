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

  /** Whether the caller runs the group: its owner or an admin, or the platform owner. */
  administers(caller: Caller, group: Group): boolean {
    return allows(caller.ability, Action.Update, Subject.GroupMember, { groupId: group.id });
  }

  /** The caller runs the group: its owner or an admin, or the platform owner. */
  assertAdministers(caller: Caller, group: Group, what: string): void {
    if (!this.administers(caller, group)) {
      throw new GroupsError(GroupsErrorCode.NotAllowed, `Only the group's owner and admins may ${what}`);
    }
  }

  /** The caller owns the group (or is the platform owner). */
  async assertOwns(manager: EntityManager, caller: Caller, group: Group, what: string): Promise<void> {
    if (caller.roles.includes(Role.PlatformOwner)) return;
    const membership = await this.membership(manager, group.id, caller.id);
    if (membership?.role !== GroupRole.Owner) throw new GroupsError(GroupsErrorCode.NotAllowed, `Only the group's owner may ${what}`);
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
   * room: platform staff read it only during an open intervention, and every such read is audited.
   */
  async contentAccess(manager: EntityManager, caller: Caller, group: Group): Promise<ContentAccess> {
    if (await this.membership(manager, group.id, caller.id)) return 'member';
    if (group.visibility === GroupVisibility.Open) return 'open-group';
    const staff = caller.roles.includes(Role.PlatformOwner) || caller.roles.includes(Role.Moderator);
    if (staff) {
      const intervention = await this.openIntervention(manager, group.id);
      if (intervention) {
        await this.audit.record(manager, {
          actorId: caller.id,
          action: AuditAction.InterventionContentRead,
          subjectType: Subject.Group,
          subjectId: group.id,
          municipalityId: group.municipalityId,
          reason: `intervention ${intervention.id}`,
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
