import { Injectable } from '@nestjs/common';
import { Action, ContentStatus, type GroupMessageRecord, Subject } from '@samverka/shared';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { allows } from '../access/allows.js';
import type { Caller } from '../access/caller.js';
import { GroupAccess } from '../groups/group-access.service.js';
import { Group } from '../groups/group.entity.js';
import { RESTRICTED_ACCOUNTS } from '../identity/users/processing-restriction.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { ContentError, ContentErrorCode } from './content.errors.js';
import { ContentModeration } from './content-moderation.service.js';
import { type CreateGroupMessageDto, GROUP_MESSAGES_LIST, type MessageFilterDto } from './dto/post.dto.js';
import { GroupMessage } from './group-message.entity.js';
import { assertOwnImage } from './posts.service.js';

/** A group's chat: members write; readers as for the group's map. */
@Injectable()
export class GroupMessagesService {
  constructor(
    private readonly db: DataSource,
    private readonly groups: GroupAccess,
    private readonly moderation: ContentModeration,
    private readonly users: UsersRepository,
  ) {}

  async post(caller: Caller, groupId: string, dto: CreateGroupMessageDto): Promise<GroupMessageRecord> {
    return this.db.transaction(async (manager) => {
      const group = await this.groups.visibleGroup(manager, caller, groupId, true);
      await this.groups.assertMayWrite(manager, caller, group);
      if (dto.imageFileId) await assertOwnImage(manager, caller, dto.imageFileId);
      const message = await manager.save(manager.create(GroupMessage, { groupId, authorId: caller.id, text: dto.text, imageFileId: dto.imageFileId ?? null }));
      await manager.update(Group, { id: groupId }, { lastActivityAt: new Date() });
      return (await this.records(manager, [message]))[0];
    });
  }

  async list(caller: Caller, groupId: string, query: ListQuery<MessageFilterDto>): Promise<Page<GroupMessageRecord>> {
    return this.db.transaction(async (manager) => {
      const group = await this.groups.visibleGroup(manager, caller, groupId);
      const access = await this.groups.assertCanReadContent(manager, caller, group);
      const moderator = access === 'intervention' || allows(caller.ability, Action.Moderate, Subject.GroupMessage, { groupId });
      const qb = manager.getRepository(GroupMessage).createQueryBuilder('m').where('m.groupId = :groupId', { groupId });
      if (!moderator) {
        qb.andWhere(new Brackets((w) => w.where('m.status = :visible', { visible: ContentStatus.Visible }).orWhere('m.authorId = :me', { me: caller.id })));
        // Art. 18: as on the map, a restricted person's messages are kept but not shown to others.
        qb.andWhere(`(m.author_id IS NULL OR m.author_id = :me OR m.author_id NOT IN (${RESTRICTED_ACCOUNTS}))`, { me: caller.id });
      }
      if (query.filter.since) qb.andWhere('m.createdAt >= :since', { since: query.filter.since });
      if (query.filter.id) qb.andWhere('m.id = ANY(:ids)', { ids: query.filter.id });
      qb.orderBy('m.createdAt', query.sort.order).addOrderBy('m.id', query.sort.order).skip(query.offset).take(query.limit);
      const [messages, total] = await qb.getManyAndCount();
      return new Page(GROUP_MESSAGES_LIST.resource, await this.records(manager, messages), query.offset, total);
    });
  }

  async deleteOwn(caller: Caller, id: string): Promise<void> {
    const result = await this.db.manager.delete(GroupMessage, { id, authorId: caller.id });
    if (!result.affected) throw new ContentError(ContentErrorCode.NotFound, `No message of yours with id ${id}`);
  }

  async moderate(caller: Caller, id: string, status: ContentStatus, reason: string): Promise<GroupMessageRecord> {
    return this.db.transaction(async (manager) => {
      const message = await manager.getRepository(GroupMessage).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
      if (!message) throw new ContentError(ContentErrorCode.NotFound, `No message with id ${id}`);
      const municipalityId = await this.moderation.assertMayModerate(manager, caller, Subject.GroupMessage, message);
      await this.moderation.record(manager, caller, Subject.GroupMessage, message, status, reason, municipalityId);
      Object.assign(message, { status, statusChangedAt: new Date(), statusChangedBy: caller.id });
      await manager.save(message);
      return (await this.records(manager, [message]))[0];
    });
  }

  private async records(manager: EntityManager, messages: GroupMessage[]): Promise<GroupMessageRecord[]> {
    const names = await this.users.displayNames(
      messages.map((message) => message.authorId),
      manager,
    );
    return messages.map((m) => ({
      id: m.id,
      groupId: m.groupId,
      authorId: m.authorId,
      authorName: names.get(m.authorId) ?? '',
      text: m.text,
      imageFileId: m.imageFileId,
      status: m.status,
      createdAt: m.createdAt.toISOString(),
    }));
  }
}
