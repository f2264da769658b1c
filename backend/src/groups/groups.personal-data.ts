import { Injectable } from '@nestjs/common';
import { AuditAction } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';
import { GroupMember } from './group-member.entity.js';
import { Group } from './group.entity.js';
import { MembershipService } from './membership.service.js';

/**
 * Memberships, join requests and bans. Memberships end through MembershipService so that the
 * groups rules hold: an owner's group passes to the longest-serving admin, or is flagged orphaned.
 * Where the person acted as an admin (decided a request, banned someone, created an invitation)
 * the record stays and the link to them goes.
 */
@Injectable()
export class GroupsPersonalData extends PersonalDataHolder {
  readonly order = 20;
  readonly processing = {
    context: 'groups',
    categoriesOfData: ['group memberships and roles', 'join requests with their message', 'bans from groups'],
    categoriesOfPeople: ['residents', 'group owners and admins'],
    recipients: ['the group’s owner and admins', 'moderators'],
    retention: 'while the membership lasts; join requests and bans until the person is erased',
  };

  constructor(private readonly memberships: MembershipService) {
    super();
  }

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const memberships = await manager.query(
      `SELECT g.name AS group_name, m.role, m.joined_at, m.role_since FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.user_id = $1 ORDER BY m.joined_at`,
      [subject.id],
    );
    const requests = await manager.query(
      `SELECT g.name AS group_name, r.message, r.status, r.created_at, r.decided_at, r.decision_reason
         FROM group_join_requests r JOIN groups g ON g.id = r.group_id WHERE r.user_id = $1 ORDER BY r.created_at`,
      [subject.id],
    );
    // Who banned them is another person's data: left out.
    const bans = await manager.query(
      `SELECT g.name AS group_name, b.reason, b.created_at, b.expires_at, b.lifted_at FROM group_bans b JOIN groups g ON g.id = b.group_id WHERE b.user_id = $1 ORDER BY b.created_at`,
      [subject.id],
    );
    return {
      tables: [
        { name: 'group_memberships', description: 'Groups you belong to and your role in each (owner, admin, member).', rows: plainRows(memberships) },
        { name: 'group_join_requests', description: 'Your requests to join groups and how they were answered.', rows: plainRows(requests) },
        { name: 'group_bans', description: 'Bans from groups, with the reason you were given (who banned you is left out).', rows: plainRows(bans) },
      ],
      files: [],
    };
  }

  async eraseSubject(manager: EntityManager, { subject, requestId }: ErasureContext): Promise<ErasureReport> {
    const memberships = await manager.findBy(GroupMember, { userId: subject.id });
    for (const membership of memberships) {
      const group = await manager.findOneByOrFail(Group, { id: membership.groupId });
      await this.memberships.removeMembership(manager, group, membership, {
        actorId: null,
        requestId,
        action: AuditAction.GroupMemberLeft,
        reason: 'the member’s personal data was erased on their request',
      });
    }
    const requests = affected(await manager.query(`DELETE FROM group_join_requests WHERE user_id = $1 RETURNING id`, [subject.id]));
    const bans = affected(await manager.query(`DELETE FROM group_bans WHERE user_id = $1 RETURNING id`, [subject.id]));
    for (const [table, column] of [
      ['groups', 'created_by'],
      ['group_join_requests', 'decided_by'],
      ['group_invitations', 'created_by'],
      ['group_bans', 'banned_by'],
      ['group_bans', 'lifted_by'],
      ['group_interventions', 'opened_by'],
      ['group_interventions', 'closed_by'],
    ] as const) {
      await manager.query(`UPDATE ${table} SET ${column} = NULL WHERE ${column} = $1`, [subject.id]);
    }
    return { erased: { group_memberships: memberships.length, group_join_requests: requests, group_bans: bans }, kept: [] };
  }
}
