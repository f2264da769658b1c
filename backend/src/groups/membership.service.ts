import { Injectable } from '@nestjs/common';
import { AuditAction, GroupRole, GroupVisibility, JoinRequestStatus, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService, type AuditEntry } from '../audit/audit.service.js';
import { NotifyService } from '../notify/notify.service.js';
import { GroupAccess } from './group-access.service.js';
import { GroupMember } from './group-member.entity.js';
import { Group } from './group.entity.js';
import { GroupsError, GroupsErrorCode } from './groups.errors.js';
import { JoinRequest } from './join-request.entity.js';

/** Join requests a person may have waiting at once, and send per day: a brake on spamming admins. */
export const MAX_PENDING_JOIN_REQUESTS = 10;
export const MAX_JOIN_REQUESTS_PER_DAY = 20;

export type JoinOutcome = { joined: true; membershipId: string } | { joined: false; requestId: string };

/**
 * Who is in a group and in which role: joining (at once or by request), leaving, role changes,
 * ownership and what happens when a group is left without admins.
 */
@Injectable()
export class MembershipService {
  constructor(
    private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
  ) {}

  /** Open groups admit at once; locked groups take a request for the admins to decide. */
  join(caller: Caller, groupId: string, message: string | undefined): Promise<JoinOutcome> {
    return this.db.transaction(async (manager) => {
      const group = await this.access.visibleGroup(manager, caller, groupId, true);
      await this.assertMayJoin(manager, group, caller.id);
      if (group.visibility === GroupVisibility.Open) {
        const membershipId = await this.addMember(manager, group, caller.id, { actorId: caller.id, requestId: caller.requestId });
        return { joined: true, membershipId };
      }
      await this.assertRequestAllowance(manager, caller.id);
      const pending = await manager.existsBy(JoinRequest, { groupId, userId: caller.id, status: JoinRequestStatus.Pending });
      if (pending) throw new GroupsError(GroupsErrorCode.RequestPending, 'You have already asked to join this group: wait for an admin to decide');
      const request = await manager.save(manager.create(JoinRequest, { groupId, userId: caller.id, message: message ?? null }));
      await this.tellAdmins(manager, group, 'group.join_requested', { groupId, groupName: group.name, requestId: request.id });
      return { joined: false, requestId: request.id };
    });
  }

  leave(caller: Caller, groupId: string): Promise<void> {
    return this.db.transaction(async (manager) => {
      const group = await this.access.visibleGroup(manager, caller, groupId, true);
      const membership = await this.access.membership(manager, groupId, caller.id);
      if (!membership) throw new GroupsError(GroupsErrorCode.NotMember, 'You are not a member of this group');
      await this.removeMembership(manager, group, membership, { actorId: caller.id, requestId: caller.requestId, action: AuditAction.GroupMemberLeft });
    });
  }

  decideRequest(caller: Caller, requestId: string, approve: boolean, reason: string | undefined): Promise<JoinRequest> {
    return this.db.transaction(async (manager) => {
      const request = await manager.getRepository(JoinRequest).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :requestId', { requestId }).getOne();
      if (!request) throw new GroupsError(GroupsErrorCode.RequestNotFound, `No join request with id ${requestId}`);
      const group = await this.access.visibleGroup(manager, caller, request.groupId, true);
      await this.access.assertAdministers(manager, caller, group, 'decide join requests');
      if (request.status !== JoinRequestStatus.Pending) throw new GroupsError(GroupsErrorCode.RequestDecided, `This request was already ${request.status}`);
      if (approve) {
        await this.assertMayJoin(manager, group, request.userId);
        await this.addMember(manager, group, request.userId, { actorId: caller.id, requestId: caller.requestId });
      }
      Object.assign(request, {
        status: approve ? JoinRequestStatus.Approved : JoinRequestStatus.Rejected,
        decidedAt: new Date(),
        decidedBy: caller.id,
        decisionReason: reason ?? null,
      });
      await manager.save(request);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: approve ? AuditAction.GroupJoinRequestApproved : AuditAction.GroupJoinRequestRejected,
        subjectType: Subject.GroupJoinRequest,
        contextIds: [group.id],
        subjectId: request.id,
        municipalityId: group.municipalityId,
        reason: reason ?? null,
        requestId: caller.requestId,
      });
      // The applicant is told either way.
      await this.notify.inApp(manager, request.userId, approve ? 'group.join_approved' : 'group.join_rejected', {
        groupId: group.id,
        groupName: group.name,
        reason: reason ?? null,
      });
      return request;
    });
  }

  /** The owner appoints and removes admins. */
  setRole(caller: Caller, membershipId: string, role: typeof GroupRole.Admin | typeof GroupRole.Member): Promise<GroupMember> {
    return this.db.transaction(async (manager) => {
      const { group, membership } = await this.loadMembership(manager, caller, membershipId);
      await this.access.assertOwns(manager, caller, group, 'appoint or remove admins');
      if (membership.role === GroupRole.Owner) throw new GroupsError(GroupsErrorCode.InvalidRoleChange, 'The owner’s role changes only by transferring ownership');
      if (membership.role !== role) {
        const before = membership.role;
        Object.assign(membership, { role, roleSince: new Date() });
        await manager.save(membership);
        await this.audit.record(manager, {
          actorId: caller.id,
          action: AuditAction.GroupRoleChanged,
          subjectType: Subject.GroupMember,
          contextIds: [group.id],
          subjectId: membership.id,
          municipalityId: group.municipalityId,
          changes: { role: { before, after: role } },
          requestId: caller.requestId,
        });
        await this.refreshOrphaned(manager, group, caller);
      }
      return membership;
    });
  }

  /** Owner and admins remove members; an admin cannot remove the owner or another admin. */
  removeMember(caller: Caller, membershipId: string, reason: string | undefined): Promise<void> {
    return this.db.transaction(async (manager) => {
      const { group, membership } = await this.loadMembership(manager, caller, membershipId);
      await this.assertOutranks(manager, caller, group, membership, 'remove');
      await this.removeMembership(manager, group, membership, { actorId: caller.id, requestId: caller.requestId, action: AuditAction.GroupMemberRemoved, reason });
      await this.notify.inApp(manager, membership.userId, 'group.removed', { groupId: group.id, groupName: group.name, reason: reason ?? null });
    });
  }

  transferOwnership(caller: Caller, membershipId: string): Promise<GroupMember> {
    return this.db.transaction(async (manager) => {
      const { group, membership } = await this.loadMembership(manager, caller, membershipId);
      await this.access.assertOwns(manager, caller, group, 'transfer ownership');
      if (membership.role === GroupRole.Owner) return membership;
      const owner = await manager.findOneBy(GroupMember, { groupId: group.id, role: GroupRole.Owner });
      if (owner) await manager.update(GroupMember, { id: owner.id }, { role: GroupRole.Admin, roleSince: new Date() });
      Object.assign(membership, { role: GroupRole.Owner, roleSince: new Date() });
      await manager.save(membership);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.GroupOwnershipTransferred,
        subjectType: Subject.Group,
        subjectId: group.id,
        municipalityId: group.municipalityId,
        changes: { ownerId: { before: owner?.userId ?? null, after: membership.userId } },
        requestId: caller.requestId,
      });
      await manager.update(Group, { id: group.id }, { orphanedAt: null });
      await this.notify.inApp(manager, membership.userId, 'group.ownership_received', { groupId: group.id, groupName: group.name });
      return membership;
    });
  }

  /** Adds a member (idempotent for an existing one) and notes the activity. */
  async addMember(manager: EntityManager, group: Group, userId: string, by: { actorId: string | null; requestId: string }): Promise<string> {
    const existing = await this.access.membership(manager, group.id, userId);
    if (existing) return existing.id;
    const membership = await manager.save(manager.create(GroupMember, { groupId: group.id, userId, role: GroupRole.Member }));
    await manager.update(Group, { id: group.id }, { lastActivityAt: new Date() });
    await this.audit.record(manager, {
      actorId: by.actorId,
      action: AuditAction.GroupMemberJoined,
      subjectType: Subject.GroupMember,
      contextIds: [group.id],
      subjectId: membership.id,
      municipalityId: group.municipalityId,
      changes: { userId: { before: null, after: userId } },
      requestId: by.requestId,
    });
    return membership.id;
  }

  /**
   * Removes a membership. When the owner goes, the longest-serving admin becomes owner; when no
   * admin is left either, the group is flagged orphaned for the platform.
   */
  async removeMembership(manager: EntityManager, group: Group, membership: GroupMember, by: { actorId: string | null; requestId: string; action: AuditAction; reason?: string }): Promise<void> {
    await manager.delete(GroupMember, { id: membership.id });
    const entry: AuditEntry = {
      actorId: by.actorId,
      action: by.action,
      subjectType: Subject.GroupMember,
      contextIds: [group.id],
      subjectId: membership.id,
      municipalityId: group.municipalityId,
      reason: by.reason ?? null,
      changes: { userId: { before: membership.userId, after: null }, role: { before: membership.role, after: null } },
      requestId: by.requestId,
    };
    await this.audit.record(manager, entry);
    if (membership.role === GroupRole.Owner) {
      const successor = await manager
        .getRepository(GroupMember)
        .createQueryBuilder('m')
        .where('m.groupId = :groupId AND m.role = :admin', { groupId: group.id, admin: GroupRole.Admin })
        .orderBy('m.roleSince', 'ASC')
        .addOrderBy('m.joinedAt', 'ASC')
        .getOne();
      if (successor) {
        await manager.update(GroupMember, { id: successor.id }, { role: GroupRole.Owner, roleSince: new Date() });
        await this.audit.record(manager, {
          actorId: by.actorId,
          action: AuditAction.GroupOwnershipTransferred,
          subjectType: Subject.Group,
          subjectId: group.id,
          municipalityId: group.municipalityId,
          reason: 'the owner left: the longest-serving admin takes over',
          changes: { ownerId: { before: membership.userId, after: successor.userId } },
          requestId: by.requestId,
        });
        await this.notify.inApp(manager, successor.userId, 'group.ownership_received', { groupId: group.id, groupName: group.name });
      }
    }
    await this.refreshOrphaned(manager, group, { id: by.actorId, requestId: by.requestId });
  }

  private async refreshOrphaned(manager: EntityManager, group: Group, by: { id: string | null; requestId: string }): Promise<void> {
    const runners = await manager
      .getRepository(GroupMember)
      .createQueryBuilder('m')
      .where('m.groupId = :groupId AND m.role IN (:...roles)', { groupId: group.id, roles: [GroupRole.Owner, GroupRole.Admin] })
      .getCount();
    const orphaned = runners === 0;
    if (orphaned === (group.orphanedAt !== null)) return;
    await manager.update(Group, { id: group.id }, { orphanedAt: orphaned ? new Date() : null });
    group.orphanedAt = orphaned ? new Date() : null;
    if (orphaned) {
      await this.audit.record(manager, {
        actorId: by.id,
        action: AuditAction.GroupOrphaned,
        subjectType: Subject.Group,
        subjectId: group.id,
        municipalityId: group.municipalityId,
        reason: 'no owner or admin is left',
        requestId: by.requestId,
      });
    }
  }

  private async loadMembership(manager: EntityManager, caller: Caller, membershipId: string): Promise<{ group: Group; membership: GroupMember }> {
    const membership = await manager.getRepository(GroupMember).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :membershipId', { membershipId }).getOne();
    if (!membership) throw new GroupsError(GroupsErrorCode.MemberNotFound, `No membership with id ${membershipId}`);
    const group = await this.access.visibleGroup(manager, caller, membership.groupId, true);
    return { group, membership };
  }

  /** Admins act on members only; the owner on everyone but themself. */
  async assertOutranks(manager: EntityManager, caller: Caller, group: Group, target: GroupMember, what: string): Promise<void> {
    await this.access.assertAdministers(manager, caller, group, `${what} members`);
    if (target.userId === caller.id) throw new GroupsError(GroupsErrorCode.InvalidRoleChange, `You cannot ${what} yourself: leave the group instead`);
    if (target.role === GroupRole.Owner) throw new GroupsError(GroupsErrorCode.OwnerMustTransfer, `The owner cannot be ${what === 'ban' ? 'banned' : 'removed'}`);
    if (target.role === GroupRole.Admin) await this.access.assertOwns(manager, caller, group, `${what} an admin`);
  }

  private async assertMayJoin(manager: EntityManager, group: Group, userId: string): Promise<void> {
    this.access.assertWritable({ ...group, postingFrozenAt: null });
    if (await this.access.membership(manager, group.id, userId)) throw new GroupsError(GroupsErrorCode.AlreadyMember, 'Already a member of this group');
    const ban = await this.access.activeBan(manager, group.id, userId);
    if (ban) {
      const until = ban.expiresAt ? ` until ${ban.expiresAt.toISOString()}` : '';
      throw new GroupsError(GroupsErrorCode.Banned, `Banned from this group${until}`);
    }
  }

  private async assertRequestAllowance(manager: EntityManager, userId: string): Promise<void> {
    const [{ pending, today }]: { pending: number; today: number }[] = await manager.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE created_at > now() - interval '1 day')::int AS today
         FROM group_join_requests WHERE user_id = $1`,
      [userId],
    );
    if (pending >= MAX_PENDING_JOIN_REQUESTS) {
      throw new GroupsError(GroupsErrorCode.TooManyRequests, `You have ${pending} join requests waiting: wait for answers before asking again`);
    }
    if (today >= MAX_JOIN_REQUESTS_PER_DAY) throw new GroupsError(GroupsErrorCode.TooManyRequests, 'Too many join requests today: try again tomorrow');
  }

  private async tellAdmins(manager: EntityManager, group: Group, kind: string, payload: Record<string, unknown>): Promise<void> {
    const admins = await manager.getRepository(GroupMember).createQueryBuilder('m').where('m.groupId = :groupId AND m.role <> :member', { groupId: group.id, member: GroupRole.Member }).getMany();
    for (const admin of admins) await this.notify.inApp(manager, admin.userId, kind, payload);
  }
}
