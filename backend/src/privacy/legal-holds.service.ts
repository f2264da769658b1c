import { Injectable } from '@nestjs/common';
import { AuditAction, type HeldItemType, type LegalHoldRecord, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { LEGAL_HOLDS_LIST, type LegalHoldFilterDto } from './dto/legal-hold.dto.js';
import type { HeldItems } from './personal-data-holder.js';
import { PrivacyError, PrivacyErrorCode } from './privacy.errors.js';

interface HoldRow {
  id: string;
  subject_id: string;
  item_type: HeldItemType | null;
  item_id: string | null;
  reason: string;
  reference: string;
  placed_by: string | null;
  placed_at: Date;
  ends_at: Date;
  lifted_at: Date | null;
  authority_order_id: string | null;
}

interface PreservedRow {
  item_type: HeldItemType;
  item_id: string;
  author_id: string;
  content: Record<string, unknown>;
  image_file_id: string | null;
  hold_ids: string[];
  deleted_at: Date;
}

/** A held post or group message as it was when it was deleted (the row as JSON). */
export interface PreservedItem {
  itemType: HeldItemType;
  itemId: string;
  authorId: string;
  content: Record<string, unknown>;
  imageFileId: string | null;
  holdIds: string[];
  deletedAt: string;
}

type HoldRequest = { subjectId: string; itemType?: HeldItemType; itemId?: string; reason: string; reference: string; endsAt: string };

const toRecord = (row: HoldRow): LegalHoldRecord => ({
  id: row.id,
  subjectId: row.subject_id,
  itemType: row.item_type,
  itemId: row.item_id,
  reason: row.reason,
  reference: row.reference,
  placedBy: row.placed_by,
  placedAt: row.placed_at.toISOString(),
  endsAt: row.ends_at.toISOString(),
  liftedAt: row.lifted_at?.toISOString() ?? null,
  authorityOrderId: row.authority_order_id,
});

const ITEM_TABLE: Record<HeldItemType, { table: string; author: string }> = {
  post: { table: 'posts', author: 'author_id' },
  group_message: { table: 'group_messages', author: 'author_id' },
};

/**
 * Legal holds (e.g. on a police request): named data of a person is kept out of erasure and
 * retention until the hold ends or is lifted. A hold names one item, or all of the person's content.
 */
@Injectable()
export class LegalHoldsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  place(caller: Caller, dto: HoldRequest): Promise<LegalHoldRecord> {
    return this.db.transaction((manager) => this.placeWithin(manager, caller, dto));
  }

  /** Places a hold in the caller's transaction (an order acted on places its holds with the action). */
  async placeWithin(manager: EntityManager, actor: Actor, dto: HoldRequest & { authorityOrderId?: string }): Promise<LegalHoldRecord> {
    const [user] = await manager.query(`SELECT id FROM users WHERE id = $1`, [dto.subjectId]);
    if (!user) throw new PrivacyError(PrivacyErrorCode.UserNotFound, `subjectId must be an existing account; ${dto.subjectId} is not`);
    if ((dto.itemType === undefined) !== (dto.itemId === undefined)) {
      throw new PrivacyError(PrivacyErrorCode.HoldItemNotFound, 'itemType and itemId must be given together, or neither to hold all of the person’s content');
    }
    if (dto.itemType && dto.itemId) {
      const { table, author } = ITEM_TABLE[dto.itemType];
      const [item] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 AND ${author} = $2`, [dto.itemId, dto.subjectId]);
      if (!item) throw new PrivacyError(PrivacyErrorCode.HoldItemNotFound, `itemId must be a ${dto.itemType} by the person; ${dto.itemId} is not`);
    }
    const endsAt = new Date(dto.endsAt);
    if (endsAt <= new Date()) throw new PrivacyError(PrivacyErrorCode.HoldItemNotFound, 'endsAt must be in the future');
    const [row]: HoldRow[] = await manager.query(
      `INSERT INTO legal_holds (subject_id, item_type, item_id, reason, reference, placed_by, ends_at, authority_order_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [dto.subjectId, dto.itemType ?? null, dto.itemId ?? null, dto.reason, dto.reference, actor.id, endsAt, dto.authorityOrderId ?? null],
    );
    await this.audit.record(manager, {
      actorId: actor.id,
      action: AuditAction.LegalHoldPlaced,
      subjectType: Subject.LegalHold,
      subjectId: row.id,
      reason: dto.reason,
      changes: {
        reference: { before: null, after: dto.reference },
        endsAt: { before: null, after: endsAt.toISOString() },
        ...(dto.authorityOrderId ? { authorityOrderId: { before: null, after: dto.authorityOrderId } } : {}),
      },
      requestId: actor.requestId,
      contextIds: dto.authorityOrderId ? [dto.authorityOrderId] : [],
    });
    return toRecord(row);
  }

  lift(caller: Caller, id: string, reason: string): Promise<LegalHoldRecord> {
    return this.db.transaction(async (manager) => {
      const [row]: HoldRow[] = await manager.query(`SELECT * FROM legal_holds WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw new PrivacyError(PrivacyErrorCode.HoldNotFound, `No legal hold with id ${id}`);
      if (!row.lifted_at) {
        await manager.query(`UPDATE legal_holds SET lifted_at = now(), lifted_by = $2 WHERE id = $1`, [id, caller.id]);
        await this.audit.record(manager, { actorId: caller.id, action: AuditAction.LegalHoldLifted, subjectType: Subject.LegalHold, subjectId: id, reason, requestId: caller.requestId });
      }
      const [after]: HoldRow[] = await manager.query(`SELECT * FROM legal_holds WHERE id = $1`, [id]);
      return toRecord(after);
    });
  }

  async list(query: ListQuery<LegalHoldFilterDto>): Promise<Page<LegalHoldRecord>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.filter.subjectId) where.push(`subject_id = $${params.push(query.filter.subjectId)}`);
    if (query.filter.id) where.push(`id = ANY($${params.push(query.filter.id)})`);
    if (query.filter.active !== undefined) where.push(query.filter.active ? 'lifted_at IS NULL AND ends_at > now()' : '(lifted_at IS NOT NULL OR ends_at <= now())');
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const column = query.sort.field === 'placedAt' ? 'placed_at' : 'ends_at';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM legal_holds ${clause}`, params);
    const rows: HoldRow[] = await this.db.query(`SELECT * FROM legal_holds ${clause} ORDER BY ${column} ${query.sort.order}, id LIMIT ${query.limit} OFFSET ${query.offset}`, params);
    return new Page(LEGAL_HOLDS_LIST.resource, rows.map(toRecord), query.offset, total);
  }

  async get(id: string): Promise<LegalHoldRecord> {
    const [row]: HoldRow[] = await this.db.query(`SELECT * FROM legal_holds WHERE id = $1`, [id]);
    if (!row) throw new PrivacyError(PrivacyErrorCode.HoldNotFound, `No legal hold with id ${id}`);
    return toRecord(row);
  }

  /** Copies of deleted content that the hold covered when it was deleted; reading them is audited. */
  preserved(caller: Caller, id: string): Promise<PreservedItem[]> {
    return this.db.transaction(async (manager) => {
      const [hold] = await manager.query(`SELECT id FROM legal_holds WHERE id = $1`, [id]);
      if (!hold) throw new PrivacyError(PrivacyErrorCode.HoldNotFound, `No legal hold with id ${id}`);
      const rows: PreservedRow[] = await manager.query(`SELECT * FROM held_content WHERE $1 = ANY(hold_ids) ORDER BY deleted_at, id`, [id]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.LegalHoldContentRead,
        subjectType: Subject.LegalHold,
        subjectId: id,
        changes: { items: { before: null, after: rows.length } },
        requestId: caller.requestId,
      });
      return rows.map((row) => ({
        itemType: row.item_type,
        itemId: row.item_id,
        authorId: row.author_id,
        content: row.content,
        imageFileId: row.image_file_id,
        holdIds: row.hold_ids,
        deletedAt: row.deleted_at.toISOString(),
      }));
    });
  }

  /** What the person's active holds keep. */
  async heldFor(manager: EntityManager, subjectId: string): Promise<HeldItems & { holds: { reference: string; endsAt: string; itemType: string | null }[] }> {
    const rows: HoldRow[] = await manager.query(`SELECT * FROM legal_holds WHERE subject_id = $1 AND lifted_at IS NULL AND ends_at > now()`, [subjectId]);
    return {
      allContent: rows.some((row) => row.item_type === null),
      posts: new Set(rows.filter((row) => row.item_type === 'post').map((row) => row.item_id!)),
      groupMessages: new Set(rows.filter((row) => row.item_type === 'group_message').map((row) => row.item_id!)),
      holds: rows.map((row) => ({ reference: row.reference, endsAt: row.ends_at.toISOString(), itemType: row.item_type })),
    };
  }
}
