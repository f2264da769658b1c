import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditAction, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { hashToken } from '../access/token-hash.js';
import { AuditService } from '../audit/audit.service.js';
import { AppConfig } from '../platform/config/app-config.js';
import { GroupAccess } from './group-access.service.js';
import { GroupInvitation } from './group-invitation.entity.js';
import { Group } from './group.entity.js';
import { GroupsError, GroupsErrorCode } from './groups.errors.js';
import { MembershipService } from './membership.service.js';

/** Invitation links: they admit their holder, locked group or not, within their expiry and uses. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly membership: MembershipService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  create(caller: Caller, groupId: string, expiresInHours: number, maxUses: number): Promise<{ invitation: GroupInvitation; token: string; url: string }> {
    return this.db.transaction(async (manager) => {
      const group = await this.access.visibleGroup(manager, caller, groupId, true);
      await this.access.assertAdministers(manager, caller, group, 'create invitation links');
      this.access.assertWritable({ ...group, postingFrozenAt: null });
      const token = randomBytes(24).toString('base64url');
      const invitation = await manager.save(
        manager.create(GroupInvitation, { groupId, tokenHash: hashToken(token), createdBy: caller.id, expiresAt: new Date(Date.now() + expiresInHours * 3_600_000), maxUses }),
      );
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.GroupInvitationCreated,
        subjectType: Subject.GroupInvitation,
        contextIds: [group.id],
        subjectId: invitation.id,
        municipalityId: group.municipalityId,
        changes: { expiresAt: { before: null, after: invitation.expiresAt.toISOString() }, maxUses: { before: null, after: maxUses } },
        requestId: caller.requestId,
      });
      return { invitation, token, url: `${this.config.publicUrl}/join/${token}` };
    });
  }

  revoke(caller: Caller, invitationId: string): Promise<GroupInvitation> {
    return this.db.transaction(async (manager) => {
      const invitation = await manager.findOneBy(GroupInvitation, { id: invitationId });
      if (!invitation) throw new GroupsError(GroupsErrorCode.InvitationNotFound, `No invitation with id ${invitationId}`);
      const group = await this.access.visibleGroup(manager, caller, invitation.groupId);
      // Only the group's admins see its invitation links: to anyone else this one does not exist.
      if (!(await this.access.administers(manager, caller, group))) throw new GroupsError(GroupsErrorCode.InvitationNotFound, `No invitation with id ${invitationId}`);
      if (!invitation.revokedAt) {
        invitation.revokedAt = new Date();
        await manager.save(invitation);
        await this.audit.record(manager, {
          actorId: caller.id,
          action: AuditAction.GroupInvitationRevoked,
          subjectType: Subject.GroupInvitation,
          contextIds: [group.id],
          subjectId: invitation.id,
          municipalityId: group.municipalityId,
          requestId: caller.requestId,
        });
      }
      return invitation;
    });
  }

  /** Uses one of the link's uses, under a row lock so two people cannot take the last one. */
  accept(caller: Caller, token: string): Promise<{ groupId: string; membershipId: string }> {
    return this.db.transaction(async (manager) => {
      const invitation = await manager
        .getRepository(GroupInvitation)
        .createQueryBuilder('i')
        .setLock('pessimistic_write')
        .where('i.tokenHash = :hash', { hash: hashToken(token) })
        .getOne();
      if (!invitation) throw new GroupsError(GroupsErrorCode.InvitationNotFound, 'token is not a valid invitation link');
      if (invitation.revokedAt || invitation.expiresAt.getTime() <= Date.now() || invitation.uses >= invitation.maxUses) {
        throw new GroupsError(GroupsErrorCode.InvitationUnusable, 'This invitation link has expired, been used up or been revoked: ask the group for a new one');
      }
      const group = await manager.findOneByOrFail(Group, { id: invitation.groupId });
      this.access.assertWritable({ ...group, postingFrozenAt: null });
      if (await this.access.membership(manager, group.id, caller.id)) throw new GroupsError(GroupsErrorCode.AlreadyMember, 'Already a member of this group');
      if (await this.access.activeBan(manager, group.id, caller.id)) throw new GroupsError(GroupsErrorCode.Banned, 'Banned from this group');
      const membershipId = await this.membership.addMember(manager, group, caller.id, { actorId: caller.id, requestId: caller.requestId });
      await manager.increment(GroupInvitation, { id: invitation.id }, 'uses', 1);
      return { groupId: group.id, membershipId };
    });
  }
}
