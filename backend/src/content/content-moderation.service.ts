import { Injectable } from '@nestjs/common';
import { Action, AuditAction, type ConductRule, type ContentStatus, GroupVisibility, Role, Subject } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { allows } from '../access/allows.js';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { GroupAccess } from '../groups/group-access.service.js';
import { Group } from '../groups/group.entity.js';
import { NotifyService } from '../notify/notify.service.js';
import { ContentError, ContentErrorCode } from './content.errors.js';

export interface ModeratedItem {
  id: string;
  groupId: string | null;
  authorId: string;
  status: ContentStatus;
}

const ACTION_OF: Record<ContentStatus, AuditAction> = {
  hidden: AuditAction.ContentHidden,
  visible: AuditAction.ContentRestored,
  removed: AuditAction.ContentRemoved,
};

/**
 * Who may hide, restore or remove a piece of content: platform moderators for public content;
 * a group's admins for their group; platform staff in a locked group only during an intervention.
 */
@Injectable()
export class ContentModeration {
  constructor(
    private readonly groups: GroupAccess,
    private readonly auditLog: AuditService,
    private readonly notify: NotifyService,
  ) {}

  async assertMayModerate(manager: EntityManager, caller: Caller, subject: typeof Subject.Post | typeof Subject.GroupMessage, item: ModeratedItem): Promise<string | null> {
    if (!item.groupId) {
      if (!allows(caller.ability, Action.Moderate, subject, { groupId: null })) throw new ContentError(ContentErrorCode.NotAllowed, 'Only platform moderators moderate public content');
      return null;
    }
    const group = await manager.findOneByOrFail(Group, { id: item.groupId });
    if (allows(caller.ability, Action.Moderate, subject, { groupId: group.id }) && !this.isStaffOnly(caller, group)) return group.municipalityId;
    const staff = caller.roles.includes(Role.PlatformOwner) || caller.roles.includes(Role.Moderator);
    if (staff && (group.visibility === GroupVisibility.Open || (await this.groups.openIntervention(manager, group.id)))) return group.municipalityId;
    throw new ContentError(ContentErrorCode.NotAllowed, "Content in this group is moderated by the group's admins (platform staff only during an intervention)");
  }

  /** Records the change, tells the author and returns nothing: the caller saves the status. */
  async record(manager: EntityManager, caller: Caller, subject: string, item: ModeratedItem, status: ContentStatus, reason: string, municipalityId: string | null): Promise<void> {
    if (item.status === status) throw new ContentError(ContentErrorCode.StatusUnchanged, `The content is already ${status}`);
    await this.audit(manager, caller, subject, item, status, reason, municipalityId);
    await this.notify.inApp(manager, item.authorId, `content.${status}`, { subject, id: item.id, reason });
  }

  /** The change in the item's own audit trail (a removal decided as a case tells the author itself). */
  async audit(
    manager: EntityManager,
    caller: Caller,
    subject: string,
    item: ModeratedItem,
    status: ContentStatus,
    reason: string,
    municipalityId: string | null,
    rule: ConductRule | null = null,
  ): Promise<void> {
    await this.auditLog.record(manager, {
      actorId: caller.id,
      action: ACTION_OF[status],
      subjectType: subject,
      subjectId: item.id,
      municipalityId,
      reason,
      changes: { status: { before: item.status, after: status }, ...(rule ? { rule: { before: null, after: rule } } : {}) },
      requestId: caller.requestId,
    });
  }

  /** A platform owner or moderator who is not also the group's own admin. */
  private isStaffOnly(caller: Caller, group: Group): boolean {
    const staff = caller.roles.includes(Role.PlatformOwner) || caller.roles.includes(Role.Moderator);
    return staff && !caller.adminGroupIds.includes(group.id);
  }
}
