import { Injectable } from '@nestjs/common';
import { Action, type AuditEventRecord, ContentStatus, type PostRecord, Subject } from '@samverka/shared';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { allows } from '../access/allows.js';
import type { Caller } from '../access/caller.js';
import { AuditEventsService } from '../audit/audit-events.service.js';
import { GroupAccess } from '../groups/group-access.service.js';
import { OrganisationRelations } from '../identity/organisation-relations.port.js';
import { RESTRICTED_ACCOUNTS } from '../identity/users/processing-restriction.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { Group } from '../groups/group.entity.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { StoredFile } from '../storage/stored-file.entity.js';
import { StorageService } from '../storage/storage.service.js';
import { ContentError, ContentErrorCode } from './content.errors.js';
import { ContentModeration } from './content-moderation.service.js';
import { type CreatePostDto, POST_HISTORY_LIST, type PostHistoryFilterDto, POSTS_LIST, type PostFilterDto } from './dto/post.dto.js';
import { municipalityOfPosition } from './place.js';
import { Post } from './post.entity.js';

export const POST_IMAGE_PURPOSE = 'post-image';
const SORT_COLUMNS: Record<string, string> = { createdAt: 'p.createdAt', priority: `array_position(ARRAY['green','yellow','red'], p.priority)` };

/** Posts on the public map and on group maps. */
@Injectable()
export class PostsService {
  constructor(
    private readonly db: DataSource,
    private readonly groups: GroupAccess,
    private readonly moderation: ContentModeration,
    private readonly storage: StorageService,
    private readonly organisations: OrganisationRelations,
    private readonly users: UsersRepository,
    private readonly auditEvents: AuditEventsService,
  ) {}

  async create(caller: Caller, dto: CreatePostDto): Promise<PostRecord> {
    return this.db.transaction(async (manager) => {
      if (dto.groupId) {
        const group = await this.groups.visibleGroup(manager, caller, dto.groupId, true);
        await this.groups.assertMayWrite(manager, caller, group);
        await manager.update(Group, { id: group.id }, { lastActivityAt: new Date() });
      }
      if (dto.imageFileId) await assertOwnImage(manager, caller, dto.imageFileId);
      if (dto.asOrganisationId && !(await this.organisations.speaksFor(caller.id, dto.asOrganisationId))) {
        throw new ContentError(ContentErrorCode.NotAllowed, 'asOrganisationId must be a verified organisation you are a member of');
      }
      const municipalityId = await municipalityOfPosition(manager, dto.latitude, dto.longitude, dto.municipalityId);
      const post = await manager.save(
        manager.create(Post, {
          authorId: caller.id,
          groupId: dto.groupId ?? null,
          organisationId: dto.asOrganisationId ?? null,
          text: dto.text,
          priority: dto.priority,
          latitude: dto.latitude,
          longitude: dto.longitude,
          municipalityId,
          imageFileId: dto.imageFileId ?? null,
        }),
      );
      return (await this.records(manager, [post]))[0];
    });
  }

  /**
   * The public map by default; a group's map with `groupId` (members, anyone for an open group,
   * staff during an intervention). Hidden and removed posts only for moderators and their authors.
   */
  async list(caller: Caller, query: ListQuery<PostFilterDto>): Promise<Page<PostRecord>> {
    return this.db.transaction(async (manager) => {
      const qb = manager.getRepository(Post).createQueryBuilder('p');
      const f = query.filter;
      let moderator = allows(caller.ability, Action.Moderate, Subject.Post, { groupId: null });
      if (f.groupId) {
        const group = await this.groups.visibleGroup(manager, caller, f.groupId);
        const access = await this.groups.assertCanReadContent(manager, caller, group);
        moderator = access === 'intervention' || allows(caller.ability, Action.Moderate, Subject.Post, { groupId: group.id });
        qb.where('p.groupId = :groupId', { groupId: f.groupId });
      } else {
        qb.where('p.groupId IS NULL');
      }
      if (!moderator) {
        qb.andWhere(new Brackets((w) => w.where('p.status = :visible', { visible: ContentStatus.Visible }).orWhere('p.authorId = :me', { me: caller.id })));
        // Art. 18: a restricted person's posts are kept but shown only to them and to moderators.
        qb.andWhere(`(p.author_id IS NULL OR p.author_id = :me OR p.author_id NOT IN (${RESTRICTED_ACCOUNTS}))`, { me: caller.id });
      }
      if (f.status) qb.andWhere('p.status = :status', { status: f.status });
      if (f.municipalityId) qb.andWhere('p.municipalityId = :municipalityId', { municipalityId: f.municipalityId });
      if (f.priority) qb.andWhere('p.priority = :priority', { priority: f.priority });
      if (f.authorId) qb.andWhere('p.authorId = :authorId', { authorId: f.authorId });
      if (f.since) qb.andWhere('p.createdAt >= :since', { since: f.since });
      if (f.id) qb.andWhere('p.id = ANY(:ids)', { ids: f.id });
      qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('p.id', 'DESC').skip(query.offset).take(query.limit);
      const [posts, total] = await qb.getManyAndCount();
      return new Page(POSTS_LIST.resource, await this.records(manager, posts), query.offset, total);
    });
  }

  async get(caller: Caller, id: string): Promise<PostRecord> {
    return this.db.transaction(async (manager) => (await this.records(manager, [await this.readable(manager, caller, id)]))[0]);
  }

  /**
   * What was done to a post, for those who may moderate it: moderators read no audit log, but
   * they hide and remove posts and must see what was done before. A post the caller may not
   * read answers as missing (a locked group's, without an intervention).
   */
  async history(caller: Caller, id: string, query: ListQuery<PostHistoryFilterDto>): Promise<Page<AuditEventRecord>> {
    await this.db.transaction(async (manager) => this.moderation.assertMayModerate(manager, caller, Subject.Post, await this.readable(manager, caller, id, `history of post ${id}`)));
    return this.auditEvents.trailOf(Subject.Post, id, POST_HISTORY_LIST.resource, query);
  }

  /** The image of a post the caller may read. */
  async image(caller: Caller, id: string): Promise<{ file: StoredFile; bytes: Buffer }> {
    return this.db.transaction(async (manager) => {
      const post = await this.readable(manager, caller, id);
      if (!post.imageFileId) throw new ContentError(ContentErrorCode.NotFound, 'This post has no image');
      return this.storage.read(manager, post.imageFileId);
    });
  }

  /** Authors delete their own posts, for good. */
  async deleteOwn(caller: Caller, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const post = await manager.findOneBy(Post, { id });
      if (!post || post.authorId !== caller.id) throw new ContentError(ContentErrorCode.NotFound, `No post of yours with id ${id}`);
      await manager.delete(Post, { id });
      if (post.imageFileId) await this.storage.remove(manager, post.imageFileId);
    });
  }

  /** Hides or restores a post (removal is a case decision: see moderation/post-removals.service.ts). */
  async moderate(caller: Caller, id: string, status: ContentStatus, reason: string): Promise<PostRecord> {
    return this.db.transaction(async (manager) => {
      const post = await manager.getRepository(Post).createQueryBuilder('p').setLock('pessimistic_write').where('p.id = :id', { id }).getOne();
      if (!post) throw new ContentError(ContentErrorCode.NotFound, `No post with id ${id}`);
      const municipalityId = (await this.moderation.assertMayModerate(manager, caller, Subject.Post, post)) ?? post.municipalityId;
      await this.moderation.record(manager, caller, Subject.Post, post, status, reason, municipalityId);
      Object.assign(post, { status, statusChangedAt: new Date(), statusChangedBy: caller.id });
      await manager.save(post);
      return (await this.records(manager, [post]))[0];
    });
  }

  /** The post, if the caller may read it; `what` names the read in an intervention's audit when it is more than the post. */
  private async readable(manager: EntityManager, caller: Caller, id: string, what?: string): Promise<Post> {
    const post = await manager.findOneBy(Post, { id });
    const missing = () => new ContentError(ContentErrorCode.NotFound, `No post with id ${id}`);
    if (!post) throw missing();
    let moderator = allows(caller.ability, Action.Moderate, Subject.Post, { groupId: null });
    if (post.groupId) {
      const group = await this.groups.visibleGroup(manager, caller, post.groupId);
      const access = await this.groups.contentAccess(manager, caller, group, what);
      if (!access) throw missing();
      moderator = access === 'intervention' || allows(caller.ability, Action.Moderate, Subject.Post, { groupId: group.id });
    }
    if (!moderator && post.authorId !== caller.id) {
      if (post.status !== ContentStatus.Visible || (await isRestricted(manager, post.authorId))) throw missing();
    }
    return post;
  }

  private async records(manager: EntityManager, posts: Post[]): Promise<PostRecord[]> {
    const names = await this.users.displayNames(
      posts.map((post) => post.authorId),
      manager,
    );
    const badges = await this.organisations.badgeCodes([...new Set(posts.flatMap((post) => (post.organisationId ? [post.organisationId] : [])))]);
    return posts.map((post) => ({
      id: post.id,
      authorId: post.authorId,
      authorName: names.get(post.authorId) ?? '',
      groupId: post.groupId,
      organisationId: post.organisationId,
      organisationBadgeCode: post.organisationId ? (badges.get(post.organisationId) ?? null) : null,
      text: post.text,
      imageFileId: post.imageFileId,
      priority: post.priority,
      latitude: Number(post.latitude),
      longitude: Number(post.longitude),
      municipalityId: post.municipalityId,
      status: post.status,
      createdAt: post.createdAt.toISOString(),
    }));
  }
}

export async function assertOwnImage(manager: EntityManager, caller: Caller, fileId: string): Promise<void> {
  // A share lock: the retention job skips a file being attached instead of deleting it under the post.
  const file = await manager.findOne(StoredFile, { where: { id: fileId, ownerId: caller.id, purpose: POST_IMAGE_PURPOSE }, lock: { mode: 'pessimistic_read' } });
  if (!file) throw new ContentError(ContentErrorCode.ImageNotFound, 'imageFileId must be an image you uploaded through /api/uploads/images');
}

/** Whether the author's processing is restricted (Art. 18), for single-record reads. */
export async function isRestricted(manager: EntityManager, authorId: string | null): Promise<boolean> {
  if (!authorId) return false;
  const [row] = await manager.query(`${RESTRICTED_ACCOUNTS} AND ru.id = $1`, [authorId]);
  return Boolean(row);
}
