import { Injectable } from '@nestjs/common';
import { type ContentStatus, Priority } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { Group } from '../groups/group.entity.js';
import { GroupMessage } from './group-message.entity.js';
import { OrganisationMessage } from './organisation-message.entity.js';
import { Post } from './post.entity.js';

/** The kinds of content that can be reported and moderated. */
export type ContentType = 'post' | 'group_message' | 'organisation_message';

export interface ContentItem {
  authorId: string;
  groupId: string | null;
  /** For a message to an organisation: the organisation, whose members alone may read it. */
  organisationId?: string;
  /** For a post: the organisation it was made as, if any. */
  asOrganisationId?: string | null;
  municipalityId: string | null;
  redPost: boolean;
  status: ContentStatus;
  text: string;
  createdAt: Date;
}

/**
 * Content as other contexts (moderation, privacy) need it: what an item is, and setting its
 * status on their behalf, in their transaction.
 */
@Injectable()
export class ContentItems {
  async describe(manager: EntityManager, type: ContentType, id: string): Promise<ContentItem | null> {
    if (type === 'organisation_message') {
      const message = await manager.findOneBy(OrganisationMessage, { id });
      return message && { authorId: message.senderId, groupId: null, organisationId: message.organisationId, municipalityId: null, redPost: false, status: message.status, text: message.text, createdAt: message.createdAt };
    }
    if (type === 'post') {
      const post = await manager.findOneBy(Post, { id });
      return post && { authorId: post.authorId, groupId: post.groupId, asOrganisationId: post.organisationId, municipalityId: post.municipalityId, redPost: post.priority === Priority.Red, status: post.status, text: post.text, createdAt: post.createdAt };
    }
    const message = await manager.findOneBy(GroupMessage, { id });
    if (!message) return null;
    const group = await manager.findOneBy(Group, { id: message.groupId });
    return { authorId: message.authorId, groupId: message.groupId, municipalityId: group?.municipalityId ?? null, redPost: false, status: message.status, text: message.text, createdAt: message.createdAt };
  }

  async setStatus(manager: EntityManager, type: ContentType, id: string, status: ContentStatus, actorId: string | null): Promise<void> {
    const entity = type === 'post' ? Post : type === 'group_message' ? GroupMessage : OrganisationMessage;
    await manager.update(entity, { id }, { status, statusChangedAt: new Date(), statusChangedBy: actorId });
  }

  /** The text around an item: the previous and next messages of a chat, or nearby posts of a group map. */
  async context(manager: EntityManager, type: ContentType, id: string, around = 5): Promise<{ id: string; authorId: string; text: string; createdAt: string; status: ContentStatus }[]> {
    // A private message has no thread around it that moderators may read.
    if (type === 'organisation_message') return [];
    const table = type === 'post' ? 'posts' : 'group_messages';
    // The time as text keeps its microseconds, which a JavaScript Date would round away.
    const [item]: { group_id: string | null; municipality_id: string | null; created_at: string }[] = await manager.query(
      `SELECT group_id, ${type === 'post' ? 'municipality_id' : 'NULL::uuid AS municipality_id'}, created_at::text AS created_at FROM ${table} WHERE id = $1`,
      [id],
    );
    if (!item) return [];
    // The thread is the group's, or for a public post the public posts of its municipality: each
    // one index range (a thread of all public posts nation-wide was a scan of every post).
    const [scope, key] = item.group_id ? ['t.group_id = $1', item.group_id] : ['t.group_id IS NULL AND t.municipality_id = $1', item.municipality_id];
    const rows: { id: string; author_id: string; text: string; created_at: Date; status: ContentStatus }[] = await manager.query(
      `(SELECT t.id, t.author_id, t.text, t.created_at, t.status FROM ${table} t
         WHERE ${scope} AND t.created_at <= $2::timestamptz ORDER BY t.created_at DESC LIMIT $3 + 1)
       UNION
       (SELECT t.id, t.author_id, t.text, t.created_at, t.status FROM ${table} t
         WHERE ${scope} AND t.created_at > $2::timestamptz ORDER BY t.created_at ASC LIMIT $3)
       ORDER BY created_at`,
      [key, item.created_at, around],
    );
    return rows.map((row) => ({ id: row.id, authorId: row.author_id, text: row.text, createdAt: row.created_at.toISOString(), status: row.status }));
  }

  /** An author's latest posts and messages. */
  async recentBy(manager: EntityManager, authorId: string, limit = 10): Promise<{ type: string; id: string; text: string; createdAt: string; status: ContentStatus }[]> {
    const rows: { type: string; id: string; text: string; created_at: Date; status: ContentStatus }[] = await manager.query(
      `(SELECT 'post' AS type, id, text, created_at, status FROM posts WHERE author_id = $1 ORDER BY created_at DESC LIMIT $2)
       UNION ALL
       (SELECT 'group_message', id, text, created_at, status FROM group_messages WHERE author_id = $1 ORDER BY created_at DESC LIMIT $2)
       ORDER BY created_at DESC LIMIT $2`,
      [authorId, limit],
    );
    return rows.map((row) => ({ type: row.type, id: row.id, text: row.text, createdAt: row.created_at.toISOString(), status: row.status }));
  }
}
