import { Injectable } from '@nestjs/common';
import { type CaseItemPreview, type ContentStatus, GroupRole, ReportableType } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { ContentItems, type ContentPreview, type ContentType } from '../content/content-items.service.js';
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

  /**
   * What each case's row shows of its item, for one page of the queue (a handful of queries,
   * whatever the page size). The caller only gets cases it may read, and of each only the item
   * itself, as the case's detail already shows it: never the thread around it.
   */
  async previews(
    manager: EntityManager,
    cases: readonly { id: string; itemType: ReportableType; itemId: string; authorId: string | null; groupId: string | null; municipalityId: string | null }[],
  ): Promise<Map<string, CaseItemPreview>> {
    const content = new Map<string, ContentPreview>();
    for (const type of CONTENT_TYPES) {
      const ids = cases.filter((c) => c.itemType === type).map((c) => c.itemId);
      if (this.isContent(type)) for (const [id, preview] of await this.content.previews(manager, type, ids)) content.set(id, preview);
    }
    const groupIds = cases.flatMap((c) => [c.groupId, c.itemType === ReportableType.Group ? c.itemId : null]).filter((id): id is string => id !== null);
    const userIds = cases.flatMap((c) => [c.authorId, c.itemType === ReportableType.User ? c.itemId : null]).filter((id): id is string => id !== null);
    const municipalityIds = cases.flatMap((c) => [c.municipalityId, content.get(c.itemId)?.municipalityId ?? null]).filter((id): id is string => id !== null);
    const [groups, users, municipalities] = await Promise.all([
      this.names(manager, 'groups', 'name', groupIds),
      this.names(manager, 'users', 'display_name', userIds),
      this.names(manager, 'municipalities', 'name', municipalityIds),
    ]);
    return new Map(
      cases.map((c) => {
        const item = content.get(c.itemId);
        const groupId = c.groupId ?? (c.itemType === ReportableType.Group ? c.itemId : null);
        const municipalityId = item?.municipalityId ?? c.municipalityId;
        return [
          c.id,
          {
            text: item?.text ?? null,
            hasImage: item?.hasImage ?? false,
            authorName: c.authorId ? (users.get(c.authorId) ?? null) : null,
            groupName: groupId ? (groups.get(groupId) ?? null) : null,
            municipalityName: municipalityId ? (municipalities.get(municipalityId) ?? null) : null,
            place: item?.place ?? null,
          },
        ];
      }),
    );
  }

  private async names(manager: EntityManager, table: 'groups' | 'users' | 'municipalities', column: string, ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await manager.query(`SELECT id, ${column} AS name FROM ${table} WHERE id = ANY($1::uuid[])`, [[...new Set(ids)]]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async context(manager: EntityManager, type: ReportableType, id: string, authorId: string | null) {
    return {
      around: this.isContent(type) ? await this.content.context(manager, type, id) : [],
      authorRecent: authorId ? await this.content.recentBy(manager, authorId) : [],
    };
  }
}
