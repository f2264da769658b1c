import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';
import { returnedRows } from '../platform/database/returning.js';
import { StorageService } from '../storage/storage.service.js';

/** Named content, as an authority's order asked for it. */
export interface NamedContent {
  posts: Record<string, unknown>[];
  groupMessages: Record<string, unknown>[];
  /** The ids that matched, per kind of item named. */
  found: { post: string[]; group_message: string[]; group: string[] };
  authorIds: string[];
  files: { fileId: string; name: string }[];
}

const HOLD_GROUND = 'Art. 17(3)(e): a legal hold (the establishment, exercise or defence of legal claims)';

/**
 * Posts, group messages and messages to organisations. Erasure deletes posts outright; a group
 * chat keeps a "deleted message" placeholder with no author or text of theirs, so the conversation
 * still reads in order. Items under a legal hold stay as they are (sealed) with their images.
 */
@Injectable()
export class ContentPersonalData extends PersonalDataHolder {
  readonly order = 10;
  readonly processing = {
    context: 'content',
    categoriesOfData: ['posts with text, position and image', 'group messages', 'messages to organisations'],
    categoriesOfPeople: ['residents', 'staff posting for their organisation'],
    recipients: ['readers of the public map', 'members of the group', 'the organisation written to', 'moderators'],
    retention: 'until deleted by the author or erased; removed content after the retention period',
  };

  constructor(private readonly storage: StorageService) {
    super();
  }

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const posts = await manager.query(
      `SELECT p.id, p.text, p.priority, p.latitude, p.longitude, m.name AS municipality, g.name AS group_name, p.status, p.image_file_id, p.created_at
         FROM posts p JOIN municipalities m ON m.id = p.municipality_id LEFT JOIN groups g ON g.id = p.group_id
        WHERE p.author_id = $1 ORDER BY p.created_at`,
      [subject.id],
    );
    const messages = await manager.query(
      `SELECT gm.id, g.name AS group_name, gm.text, gm.status, gm.image_file_id, gm.created_at
         FROM group_messages gm JOIN groups g ON g.id = gm.group_id WHERE gm.author_id = $1 ORDER BY gm.created_at`,
      [subject.id],
    );
    const tables = [
      { name: 'posts', description: 'Your posts on the map and in groups, with their position and whether they are visible, hidden or removed.', rows: plainRows(posts) },
      { name: 'group_messages', description: 'Your messages in group chats.', rows: plainRows(messages) },
    ];
    if (await hasTable(manager, 'organisation_messages')) {
      const toOrganisations = await manager.query(
        `SELECT om.id, o.name AS organisation, om.text, om.status, om.created_at, om.read_at, om.answer, om.answered_at, om.state, om.closed_at
           FROM organisation_messages om JOIN organisations o ON o.id = om.organisation_id WHERE om.sender_id = $1 ORDER BY om.created_at`,
        [subject.id],
      );
      tables.push({ name: 'organisation_messages', description: 'Messages you sent to organisations, with their answers.', rows: plainRows(toOrganisations) });
    }
    const files = [...posts, ...messages]
      .filter((row: { image_file_id: string | null }) => row.image_file_id)
      .map((row: { id: string; image_file_id: string }) => ({ fileId: row.image_file_id, name: `image-${row.id}` }));
    return { tables, files };
  }

  /**
   * Exactly the posts, group messages and groups' messages an authority's order names, by id, with
   * their authors (for a disclosure, not a person's own export). Ids that match nothing are left
   * out: the caller reports them as not found.
   */
  async exportNamedItems(manager: EntityManager, named: { postIds: string[]; groupMessageIds: string[]; groupIds: string[] }): Promise<NamedContent> {
    const posts: (Record<string, unknown> & { id: string; author_id: string | null; image_file_id: string | null })[] = await manager.query(
      `SELECT p.id, p.author_id, u.display_name AS author_name, p.text, p.priority, p.latitude, p.longitude, m.name AS municipality, p.group_id, p.status, p.image_file_id, p.created_at
         FROM posts p JOIN municipalities m ON m.id = p.municipality_id LEFT JOIN users u ON u.id = p.author_id
        WHERE p.id = ANY($1::uuid[]) ORDER BY p.created_at, p.id`,
      [named.postIds],
    );
    const messages: (Record<string, unknown> & { id: string; group_id: string; author_id: string | null; image_file_id: string | null })[] = await manager.query(
      `SELECT gm.id, gm.group_id, g.name AS group_name, gm.author_id, u.display_name AS author_name, gm.text, gm.status, gm.image_file_id, gm.created_at
         FROM group_messages gm JOIN groups g ON g.id = gm.group_id LEFT JOIN users u ON u.id = gm.author_id
        WHERE gm.id = ANY($1::uuid[]) OR gm.group_id = ANY($2::uuid[]) ORDER BY gm.created_at, gm.id`,
      [named.groupMessageIds, named.groupIds],
    );
    const groups: { id: string }[] = await manager.query(`SELECT id FROM groups WHERE id = ANY($1::uuid[])`, [named.groupIds]);
    const files = [...posts.map((row) => ({ row, kind: 'post' })), ...messages.map((row) => ({ row, kind: 'message' }))]
      .filter(({ row }) => row.image_file_id)
      .map(({ row, kind }) => ({ fileId: row.image_file_id as string, name: `image-${kind}-${row.id}` }));
    return {
      posts: plainRows(posts),
      groupMessages: plainRows(messages),
      found: { post: posts.map((row) => row.id), group_message: messages.map((row) => row.id), group: groups.map((row) => row.id) },
      authorIds: [...new Set([...posts, ...messages].map((row) => row.author_id).filter((id): id is string => id !== null))],
      files,
    };
  }

  async eraseSubject(manager: EntityManager, { subject, held }: ErasureContext): Promise<ErasureReport> {
    const heldPosts = held.allContent ? null : [...held.posts];
    const heldMessages = held.allContent ? null : [...held.groupMessages];
    const report: ErasureReport = { erased: {}, kept: [] };

    if (heldPosts === null) {
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM posts WHERE author_id = $1`, [subject.id]);
      if (count > 0) report.kept.push({ what: 'posts under a legal hold', count, ground: HOLD_GROUND });
    } else {
      const deleted = returnedRows<{ image_file_id: string | null }>(
        await manager.query(`DELETE FROM posts WHERE author_id = $1 AND NOT (id = ANY($2::uuid[])) RETURNING image_file_id`, [subject.id, heldPosts]),
      );
      report.erased.posts = deleted.length;
      for (const { image_file_id } of deleted) if (image_file_id) await this.storage.remove(manager, image_file_id);
      const kept = heldPosts.length ? (await manager.query(`SELECT count(*)::int AS count FROM posts WHERE author_id = $1`, [subject.id]))[0].count : 0;
      if (kept > 0) report.kept.push({ what: 'posts under a legal hold', count: kept, ground: HOLD_GROUND });
    }

    if (heldMessages === null) {
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM group_messages WHERE author_id = $1`, [subject.id]);
      if (count > 0) report.kept.push({ what: 'group messages under a legal hold', count, ground: HOLD_GROUND });
    } else {
      const list = returnedRows<{ image_file_id: string | null }>(
        await manager.query(
          `UPDATE group_messages m SET author_id = NULL, text = '[raderat meddelande / deleted message]', image_file_id = NULL, erased_at = now()
           FROM (SELECT id, image_file_id FROM group_messages WHERE author_id = $1 AND NOT (id = ANY($2::uuid[])) FOR UPDATE) old
          WHERE m.id = old.id RETURNING old.image_file_id`,
          [subject.id, heldMessages],
        ),
      );
      report.erased.group_messages = list.length;
      for (const { image_file_id } of list) if (image_file_id) await this.storage.remove(manager, image_file_id);
    }

    // Staff who changed content: the decision stays, the name of who made it does not.
    await manager.query(`UPDATE posts SET status_changed_by = NULL WHERE status_changed_by = $1`, [subject.id]);
    await manager.query(`UPDATE group_messages SET status_changed_by = NULL WHERE status_changed_by = $1`, [subject.id]);

    if (await hasTable(manager, 'organisation_messages')) {
      report.erased.organisation_messages = affected(await manager.query(`DELETE FROM organisation_messages WHERE sender_id = $1 RETURNING id`, [subject.id]));
      // A member who answered or closed tips: the answer stays the organisation's, without their name.
      await manager.query(`UPDATE organisation_messages SET answered_by = NULL WHERE answered_by = $1`, [subject.id]);
      await manager.query(`UPDATE organisation_messages SET closed_by = NULL WHERE closed_by = $1`, [subject.id]);
    }
    return report;
  }
}

export async function hasTable(manager: EntityManager, table: string): Promise<boolean> {
  const [{ exists }] = await manager.query(`SELECT to_regclass($1) IS NOT NULL AS exists`, [`public.${table}`]);
  return exists;
}
