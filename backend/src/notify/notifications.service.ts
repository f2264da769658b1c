import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { returnedRows } from '../platform/database/returning.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { NOTIFICATIONS_LIST, type NotificationFilterDto, type NotificationRecord } from './dto/notification.dto.js';
import { Notification } from './notification.entity.js';
import { NotifyError, NotifyErrorCode } from './notify.errors.js';

const toRecord = (n: Notification): NotificationRecord => ({
  id: n.id,
  kind: n.kind,
  payload: n.payload,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/**
 * One's own in-app notifications. Every query is scoped to the caller: another person's
 * notification is answered as if it did not exist (404), never as forbidden.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly db: DataSource) {}

  async list(caller: Caller, query: ListQuery<NotificationFilterDto>): Promise<Page<NotificationRecord>> {
    const qb = this.db.getRepository(Notification).createQueryBuilder('n').where('n.userId = :me', { me: caller.id });
    if (query.filter.unread === true) qb.andWhere('n.readAt IS NULL');
    if (query.filter.unread === false) qb.andWhere('n.readAt IS NOT NULL');
    qb.orderBy('n.createdAt', query.sort.order).addOrderBy('n.id', query.sort.order).skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(NOTIFICATIONS_LIST.resource, rows.map(toRecord), query.offset, total);
  }

  async get(caller: Caller, id: string): Promise<NotificationRecord> {
    const row = await this.db.manager.findOneBy(Notification, { id, userId: caller.id });
    if (!row) throw new NotifyError(NotifyErrorCode.NotificationNotFound, `No notification of yours with id ${id}`);
    return toRecord(row);
  }

  /** Marks one read; reading it again keeps the first time. */
  async markRead(caller: Caller, id: string): Promise<NotificationRecord> {
    const rows = returnedRows<{ id: string }>(await this.db.query(`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`, [id, caller.id]));
    if (rows.length === 0) throw new NotifyError(NotifyErrorCode.NotificationNotFound, `No notification of yours with id ${id}`);
    return this.get(caller, id);
  }

  async markAllRead(caller: Caller): Promise<{ marked: number }> {
    const rows = returnedRows<{ id: string }>(await this.db.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`, [caller.id]));
    return { marked: rows.length };
  }
}
