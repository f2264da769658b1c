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

export interface ContentPreview {
  text: string;
  authorId: string;
  groupId: string | null;
  hasImage: boolean;
  municipalityId: string | null;
  place: { latitude: number; longitude: number } | null;
}

const PREVIEW_CHARS = 280;
const PREVIEW_LINES = 3;

/** The first few lines, marked with an ellipsis when cut. */
export function firstLines(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const kept = lines.slice(0, PREVIEW_LINES).join('\n');
  return kept.length < text.trim().length && (lines.length > PREVIEW_LINES || text.length >= PREVIEW_CHARS) ? `${kept}…` : kept;
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
      return (
        message && {
          authorId: message.senderId,
          groupId: null,
          organisationId: message.organisationId,
          municipalityId: null,
          redPost: false,
          status: message.status,
          text: message.text,
          createdAt: message.createdAt,
        }
      );
    }
    if (type === 'post') {
      const post = await manager.findOneBy(Post, { id });
      return (
        post && {
          authorId: post.authorId,
          groupId: post.groupId,
          asOrganisationId: post.organisationId,
          municipalityId: post.municipalityId,
          redPost: post.priority === Priority.Red,
          status: post.status,
          text: post.text,
          createdAt: post.createdAt,
        }
      );
    }
    const message = await manager.findOneBy(GroupMessage, { id });
    if (!message) return null;
    const group = await manager.findOneBy(Group, { id: message.groupId });
    return {
      authorId: message.authorId,
      groupId: message.groupId,
      municipalityId: group?.municipalityId ?? null,
      redPost: false,
      status: message.status,
      text: message.text,
      createdAt: message.createdAt,
    };
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

  /**
   * The first lines of several posts or group messages at once, for a page of the moderation
   * queue. Messages to organisations are private: they have no preview.
   */
  async previews(manager: EntityManager, type: ContentType, ids: string[]): Promise<Map<string, ContentPreview>> {
    if (type === 'organisation_message' || ids.length === 0) return new Map();
    const post = type === 'post';
    const rows: { id: string; text: string; author_id: string; group_id: string | null; has_image: boolean; latitude: string | null; longitude: string | null; municipality_id: string | null }[] =
      await manager.query(
        `SELECT id, left(text, ${PREVIEW_CHARS}) AS text, author_id, group_id, image_file_id IS NOT NULL AS has_image,
              ${post ? 'latitude, longitude, municipality_id' : 'NULL AS latitude, NULL AS longitude, NULL::uuid AS municipality_id'}
         FROM ${post ? 'posts' : 'group_messages'} WHERE id = ANY($1::uuid[])`,
        [ids],
      );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          text: firstLines(row.text),
          authorId: row.author_id,
          groupId: row.group_id,
          // Only a post's image has a route moderators can load it from.
          hasImage: post && row.has_image,
          municipalityId: row.municipality_id,
          place: row.latitude === null || row.longitude === null ? null : { latitude: Number(row.latitude), longitude: Number(row.longitude) },
        },
      ]),
    );
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
