import { Injectable } from '@nestjs/common';
import type { OrderItemType } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { AuthorityOrderActionError, AuthorityOrderActionErrorCode } from './authority-order-actions.errors.js';

/** One piece of content an order reaches: whose it is and the group it sits in. */
export interface OrderContent {
  itemType: 'post' | 'group_message';
  id: string;
  authorId: string;
  groupId: string | null;
}

/**
 * What an order's scope names, read by id only (never the text): the authors and groups the
 * holds and interventions need. Read-only; the content and groups contexts keep their own writes.
 */
@Injectable()
export class AuthorityOrderTargets {
  /** The post or group message, or a 422 naming the field when it does not exist. */
  async content(manager: EntityManager, itemType: 'post' | 'group_message', id: string, field: string): Promise<OrderContent> {
    const table = itemType === 'post' ? 'posts' : 'group_messages';
    const [row]: { author_id: string; group_id: string | null }[] = await manager.query(`SELECT author_id, group_id FROM ${table} WHERE id = $1`, [id]);
    if (!row) throw new AuthorityOrderActionError(AuthorityOrderActionErrorCode.ItemNotFound, `${field}: no ${itemType.replace('_', ' ')} with id ${id}`);
    return { itemType, id, authorId: row.author_id, groupId: row.group_id };
  }

  /** Every post on the group's map and every message in its chat. */
  async groupContent(manager: EntityManager, groupId: string): Promise<OrderContent[]> {
    const rows: { item_type: 'post' | 'group_message'; id: string; author_id: string }[] = await manager.query(
      `SELECT 'post' AS item_type, id, author_id FROM posts WHERE group_id = $1
       UNION ALL SELECT 'group_message', id, author_id FROM group_messages WHERE group_id = $1
       ORDER BY 1, 2`,
      [groupId],
    );
    return rows.map((row) => ({ itemType: row.item_type, id: row.id, authorId: row.author_id, groupId }));
  }

  /** Whether the group is locked (staff reach it only through an intervention); 422 when it does not exist. */
  async groupLocked(manager: EntityManager, groupId: string, field: string): Promise<boolean> {
    const [group]: { visibility: string }[] = await manager.query(`SELECT visibility FROM groups WHERE id = $1`, [groupId]);
    if (!group) throw new AuthorityOrderActionError(AuthorityOrderActionErrorCode.ItemNotFound, `${field}: no group with id ${groupId}`);
    return group.visibility === 'locked';
  }

  async assertAccount(manager: EntityManager, id: string, field: string): Promise<void> {
    const [user] = await manager.query(`SELECT 1 FROM users WHERE id = $1`, [id]);
    if (!user) throw new AuthorityOrderActionError(AuthorityOrderActionErrorCode.ItemNotFound, `${field}: no account with id ${id}`);
  }
}

export const isContentType = (itemType: OrderItemType): itemType is 'post' | 'group_message' => itemType === 'post' || itemType === 'group_message';
