import { Injectable } from '@nestjs/common';
import { AuditAction, GroupVisibility, type InterventionGround, Subject } from '@samverka/shared';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Actor, Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { Group } from './group.entity.js';
import { GroupsError, GroupsErrorCode } from './groups.errors.js';
import { Intervention } from './intervention.entity.js';

export type InterventionMeasure = 'freeze' | 'unfreeze' | 'lock' | 'unlock';

const MEASURES: Record<InterventionMeasure, { column: 'postingFrozenAt' | 'lockedByPlatformAt'; on: boolean; action: AuditAction }> = {
  freeze: { column: 'postingFrozenAt', on: true, action: AuditAction.InterventionPostingFrozen },
  unfreeze: { column: 'postingFrozenAt', on: false, action: AuditAction.InterventionPostingUnfrozen },
  lock: { column: 'lockedByPlatformAt', on: true, action: AuditAction.InterventionGroupLocked },
  unlock: { column: 'lockedByPlatformAt', on: false, action: AuditAction.InterventionGroupUnlocked },
};

/**
 * The platform stepping into a locked group: opened with a ground and a reason, it lets staff
 * read the group (each read audited), freeze posting, lock the group and remove content, and
 * is closed with an outcome. Closing lifts a freeze and a lock.
 */
@Injectable()
export class InterventionsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  open(caller: Caller, groupId: string, ground: InterventionGround, reason: string): Promise<Intervention> {
    return this.db.transaction(async (manager) => {
      const open = await manager.findOne(Intervention, { where: { groupId, closedAt: IsNull() } });
      if (open) throw new GroupsError(GroupsErrorCode.InterventionOpen, `An intervention is already open on this group (${open.id})`);
      return this.openWithin(manager, caller, groupId, ground, reason);
    });
  }

  /** The group's open intervention, or a new one opened in the caller's transaction (an order acted on uses it). */
  async openWithin(manager: EntityManager, actor: Actor, groupId: string, ground: InterventionGround, reason: string): Promise<Intervention> {
    const group = await this.loadGroup(manager, groupId);
    if (group.visibility !== GroupVisibility.Locked) throw new GroupsError(GroupsErrorCode.NotLocked, 'Open groups are readable without an intervention');
    const open = await manager.findOne(Intervention, { where: { groupId, closedAt: IsNull() } });
    if (open) return open;
    const intervention = await manager.save(manager.create(Intervention, { groupId, ground, reason, openedBy: actor.id }));
    await this.record(manager, actor, group, AuditAction.InterventionOpened, intervention.id, `${ground}: ${reason}`);
    return intervention;
  }

  close(caller: Caller, interventionId: string, outcome: string): Promise<Intervention> {
    return this.db.transaction(async (manager) => {
      const intervention = await this.loadOpen(manager, interventionId);
      const group = await this.loadGroup(manager, intervention.groupId);
      Object.assign(intervention, { closedAt: new Date(), closedBy: caller.id, outcome });
      await manager.save(intervention);
      await manager.update(Group, { id: group.id }, { postingFrozenAt: null, lockedByPlatformAt: null });
      await this.record(manager, caller, group, AuditAction.InterventionClosed, intervention.id, outcome);
      return intervention;
    });
  }

  apply(caller: Caller, interventionId: string, measure: InterventionMeasure, reason: string | undefined): Promise<Intervention> {
    return this.db.transaction(async (manager) => {
      const intervention = await this.loadOpen(manager, interventionId);
      const group = await this.loadGroup(manager, intervention.groupId);
      const { column, on, action } = MEASURES[measure];
      await manager.update(Group, { id: group.id }, { [column]: on ? new Date() : null });
      await this.record(manager, caller, group, action, intervention.id, reason ?? null);
      return intervention;
    });
  }

  /** The platform locks (or unlocks) a group as a moderation decision, in the caller's transaction. */
  async setPlatformLock(manager: EntityManager, actor: Actor, groupId: string, locked: boolean, reason: string): Promise<void> {
    const group = await this.loadGroup(manager, groupId);
    await manager.update(Group, { id: groupId }, { lockedByPlatformAt: locked ? new Date() : null });
    await this.audit.record(manager, {
      actorId: actor.id,
      action: locked ? AuditAction.InterventionGroupLocked : AuditAction.InterventionGroupUnlocked,
      subjectType: Subject.Group,
      subjectId: groupId,
      municipalityId: group.municipalityId,
      reason,
      requestId: actor.requestId,
    });
  }

  private async loadOpen(manager: EntityManager, interventionId: string): Promise<Intervention> {
    const intervention = await manager.getRepository(Intervention).createQueryBuilder('i').setLock('pessimistic_write').where('i.id = :interventionId', { interventionId }).getOne();
    if (!intervention) throw new GroupsError(GroupsErrorCode.InterventionNotFound, `No intervention with id ${interventionId}`);
    if (intervention.closedAt) throw new GroupsError(GroupsErrorCode.InterventionClosed, 'This intervention is closed');
    return intervention;
  }

  private async loadGroup(manager: EntityManager, groupId: string): Promise<Group> {
    const group = await manager.getRepository(Group).createQueryBuilder('g').setLock('pessimistic_write').where('g.id = :groupId', { groupId }).getOne();
    if (!group) throw new GroupsError(GroupsErrorCode.GroupNotFound, `No group with id ${groupId}`);
    return group;
  }

  private record(manager: EntityManager, caller: Actor, group: Group, action: AuditAction, interventionId: string, reason: string | null): Promise<void> {
    return this.audit.record(manager, {
      actorId: caller.id,
      action,
      subjectType: Subject.GroupIntervention,
      contextIds: [group.id],
      subjectId: interventionId,
      municipalityId: group.municipalityId,
      reason,
      requestId: caller.requestId,
    });
  }
}
