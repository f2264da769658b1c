import { Injectable } from '@nestjs/common';
import { AuditAction, Subject } from '@samverka/shared';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Actor, Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { NotifyService } from '../notify/notify.service.js';
import { GroupAccess } from './group-access.service.js';
import { GroupBan } from './group-ban.entity.js';
import type { Group } from './group.entity.js';
import { GroupMember } from './group-member.entity.js';
import { GroupsError, GroupsErrorCode } from './groups.errors.js';
import { MembershipService } from './membership.service.js';

/** Bans keep a person out of a group (and from asking to join) until they expire or are lifted. */
@Injectable()
export class BansService {
  constructor(
    private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly membership: MembershipService,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
  ) {}

  ban(caller: Caller, groupId: string, userId: string, reason: string, expiresAt: Date | undefined): Promise<GroupBan> {
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw new GroupsError(GroupsErrorCode.InvalidRoleChange, 'expiresAt must be in the future');
    return this.db.transaction(async (manager) => {
      const group = await this.access.visibleGroup(manager, caller, groupId, true);
      await this.access.assertAdministers(manager, caller, group, 'ban people');
      const member = await manager.findOneBy(GroupMember, { groupId, userId });
      if (member) await this.membership.assertOutranks(manager, caller, group, member, 'ban');
      else if (userId === caller.id) throw new GroupsError(GroupsErrorCode.InvalidRoleChange, 'You cannot ban yourself');
      else if (!(await this.hasAskedOrBeenBanned(manager, groupId, userId))) {
        // Any other account (or none: it was a foreign-key 500) is not the group's business, and
        // a ban would show its name in the list: it answers as missing.
        throw new GroupsError(GroupsErrorCode.MemberNotFound, `userId is not a member of this group, has not asked to join it, and was never banned from it`);
      }
      return this.banWithin(manager, caller, group, userId, reason, expiresAt ?? null);
    });
  }

  /**
   * People a group's admins have met: they asked to join (invitation links make members, so an
   * invited person is a member or has been one), or were banned before (a ban removes the member).
   */
  private async hasAskedOrBeenBanned(manager: EntityManager, groupId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM group_join_requests WHERE group_id = $1 AND user_id = $2 UNION ALL SELECT 1 FROM group_bans WHERE group_id = $1 AND user_id = $2 LIMIT 1`,
      [groupId, userId],
    );
    return rows.length > 0;
  }

  /**
   * Bans in the caller's transaction, without checking who may: moderation calls it after its
   * own check that the decider may decide the case.
   */
  async banWithin(manager: EntityManager, actor: Actor, group: Group, userId: string, reason: string, expiresAt: Date | null): Promise<GroupBan> {
    const groupId = group.id;
    const member = await manager.findOneBy(GroupMember, { groupId, userId });
    if (member) {
      await this.membership.removeMembership(manager, group, member, { actorId: actor.id, requestId: actor.requestId, action: AuditAction.GroupMemberRemoved, reason });
    }
    // A new ban replaces one still in force, so the latest decision is the one that counts.
    await manager.update(GroupBan, { groupId, userId, liftedAt: IsNull() }, { liftedAt: new Date(), liftedBy: actor.id, liftReason: 'replaced by a new ban' });
    await manager.query(
      `UPDATE group_join_requests SET status = 'rejected', decided_at = now(), decided_by = $3, decision_reason = 'banned' WHERE group_id = $1 AND user_id = $2 AND status = 'pending'`,
      [groupId, userId, actor.id],
    );
    const ban = await manager.save(manager.create(GroupBan, { groupId, userId, reason, bannedBy: actor.id, expiresAt }));
    await this.audit.record(manager, {
      actorId: actor.id,
      action: AuditAction.GroupMemberBanned,
      subjectType: Subject.GroupBan,
      contextIds: [group.id],
      subjectId: ban.id,
      municipalityId: group.municipalityId,
      reason,
      changes: { userId: { before: null, after: userId }, expiresAt: { before: null, after: ban.expiresAt?.toISOString() ?? null } },
      requestId: actor.requestId,
    });
    await this.notify.inApp(manager, userId, 'group.banned', { groupId, groupName: group.name, reason, expiresAt: ban.expiresAt?.toISOString() ?? null });
    return ban;
  }

  /** Lifts a ban in the caller's transaction (an appeal reversed it). */
  async liftWithin(manager: EntityManager, actor: Actor, banId: string, reason: string): Promise<void> {
    const ban = await manager.findOneByOrFail(GroupBan, { id: banId });
    await manager.update(GroupBan, { id: banId, liftedAt: IsNull() }, { liftedAt: new Date(), liftedBy: actor.id, liftReason: reason });
    await this.audit.record(manager, {
      actorId: actor.id,
      action: AuditAction.GroupBanLifted,
      subjectType: Subject.GroupBan,
      subjectId: banId,
      reason,
      requestId: actor.requestId,
      contextIds: [ban.groupId],
    });
  }

  lift(caller: Caller, banId: string, reason: string | undefined): Promise<GroupBan> {
    return this.db.transaction(async (manager) => {
      const ban = await manager.findOneBy(GroupBan, { id: banId });
      if (!ban) throw new GroupsError(GroupsErrorCode.BanNotFound, `No ban with id ${banId}`);
      const group = await this.access.visibleGroup(manager, caller, ban.groupId, true);
      // Only the group's admins see its bans: to anyone else this ban does not exist (not 403).
      if (!(await this.access.administers(manager, caller, group))) throw new GroupsError(GroupsErrorCode.BanNotFound, `No ban with id ${banId}`);
      if (ban.liftedAt) return ban;
      Object.assign(ban, { liftedAt: new Date(), liftedBy: caller.id, liftReason: reason ?? null });
      await manager.save(ban);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.GroupBanLifted,
        subjectType: Subject.GroupBan,
        contextIds: [group.id],
        subjectId: ban.id,
        municipalityId: group.municipalityId,
        reason: reason ?? null,
        requestId: caller.requestId,
      });
      return ban;
    });
  }
}
