import { Injectable } from '@nestjs/common';
import { type ContentStatus, GroupRole, ReportableType } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { ContentItems, type ContentType } from '../content/content-items.service.js';
import { GroupMember } from '../groups/group-member.entity.js';
import { Group } from '../groups/group.entity.js';
import { User } from '../identity/users/user.entity.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';

export interface ReportedItem {
  /** Whose conduct the case is about. */
  authorId: string | null;
  groupId: string | null;
  /** For a message to an organisation. */
  organisationId?: string;
  /** For a post made as an organisation: that organisation. */
  asOrganisationId?: string | null;
  municipalityId: string | null;
  redPost: boolean;
  /** Content can be hidden, removed and restored; users and groups cannot. */
  content: boolean;
  status: ContentStatus | null;
  locked: boolean;
}

const CONTENT_TYPES: readonly ReportableType[] = [ReportableType.Post, ReportableType.GroupMessage, ReportableType.OrganisationMessage];

/** What a reported item is, and changing content's status, through the owning contexts. */
@Injectable()
export class ReportedItems {
  constructor(private readonly content: ContentItems) {}

  async describe(manager: EntityManager, type: ReportableType, id: string): Promise<ReportedItem> {
    const missing = () => new ModerationError(ModerationErrorCode.ItemNotFound, `No ${type.replace('_', ' ')} with id ${id}`);
    if (type === ReportableType.Post || type === ReportableType.GroupMessage || type === ReportableType.OrganisationMessage) {
      const item = await this.content.describe(manager, type, id);
      if (!item) throw missing();
      const group = item.groupId ? await manager.findOneBy(Group, { id: item.groupId }) : null;
      return {
        authorId: item.authorId,
        groupId: item.groupId,
        organisationId: item.organisationId,
        asOrganisationId: item.asOrganisationId ?? null,
        municipalityId: item.municipalityId,
        redPost: item.redPost,
        content: true,
        status: item.status,
        locked: group?.visibility === 'locked',
      };
    }
    if (type === ReportableType.User) {
      const user = await manager.findOneBy(User, { id });
      if (!user) throw missing();
      return { authorId: user.id, groupId: null, municipalityId: user.homeMunicipalityId, redPost: false, content: false, status: null, locked: false };
    }
    if (type === ReportableType.Group) {
      const group = await manager.findOneBy(Group, { id });
      if (!group) throw missing();
      const owner = await manager.findOneBy(GroupMember, { groupId: id, role: GroupRole.Owner });
      // A report about a group as a whole is for the platform, not the group's own admins.
      return { authorId: owner?.userId ?? null, groupId: null, municipalityId: group.municipalityId, redPost: false, content: false, status: null, locked: false };
    }
    throw missing();
  }

  isContent(type: ReportableType): type is ContentType {
    return CONTENT_TYPES.includes(type);
  }

  async setStatus(manager: EntityManager, type: ReportableType, id: string, status: ContentStatus, actorId: string | null): Promise<void> {
    if (!this.isContent(type)) throw new ModerationError(ModerationErrorCode.ActionNotApplicable, `A ${type} has no visibility to change`);
    await this.content.setStatus(manager, type, id, status, actorId);
  }

  async context(manager: EntityManager, type: ReportableType, id: string, authorId: string | null) {
    return {
      around: this.isContent(type) ? await this.content.context(manager, type, id) : [],
      authorRecent: authorId ? await this.content.recentBy(manager, authorId) : [],
    };
  }
}
