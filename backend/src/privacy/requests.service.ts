import type { Readable } from 'node:stream';
import { closingNotes } from './closing-notes.js';
import { Injectable } from '@nestjs/common';
import { AuditAction, type PrivacyRequestRecord, REQUEST_MAX_EXTENSION_MONTHS, RequestStatus, RequestType, Subject, swedishDay } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { verifyPassword } from '../access/passwords.js';
import { AuditService } from '../audit/audit.service.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { QueueName } from '../jobs/queue-names.js';
import { NotifyService } from '../notify/notify.service.js';
import { Clock } from '../platform/clock/clock.js';
import { AppConfig } from '../platform/config/app-config.js';
import { returnedRows } from '../platform/database/returning.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { StorageError, StorageErrorCode } from '../storage/storage.errors.js';
import { StorageService } from '../storage/storage.service.js';
import type { StoredFile } from '../storage/stored-file.entity.js';
import { PRIVACY_REQUESTS_LIST, type PrivacyRequestFilterDto } from './dto/privacy-request.dto.js';
import { PrivacyError, PrivacyErrorCode } from './privacy.errors.js';
import { eraseAfter as eraseAfterOf, extendedDueAt, requestDueAt } from './request-deadlines.js';
import { requestTypeWords } from './request-type-words.js';
import { type PrivacyRequestRow, REQUEST_SELECT, toRequestRecord } from './request-records.js';

export const BUILD_EXPORT_JOB = 'build-export';

/**
 * Requests from data subjects (Art. 12): received, due one month later, extendable once by up to
 * two more months with a reason the person is told before the first month ends. People file their
 * own; staff file letters on someone's behalf and record how they checked who wrote.
 */
@Injectable()
export class PrivacyRequestsService {
  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly outbox: OutboxService,
    private readonly storage: StorageService,
    private readonly clock: Clock,
  ) {}

  /** The person's own request. An erasure needs their password again and waits out the grace period. */
  async fileOwn(caller: Caller, dto: { type: RequestType; details?: string; password?: string }): Promise<PrivacyRequestRecord> {
    if (dto.type === RequestType.Erasure) {
      const [user] = await this.db.query(`SELECT password_hash FROM users WHERE id = $1`, [caller.id]);
      if (!dto.password || !(await verifyPassword(user?.password_hash, dto.password))) {
        throw new PrivacyError(PrivacyErrorCode.WrongPassword, 'password must be your current password: erasure cannot be undone');
      }
    }
    return this.db.transaction(async (manager) => {
      const record = await this.file(manager, caller.id, dto.type, { details: dto.details ?? null, filedBy: null, identityCheck: null });
      // The request's own history: the person is the actor (the erasure's audit step pseudonymises them).
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.PrivacyRequestFiled,
        subjectType: Subject.PrivacyRequest,
        subjectId: record.id,
        changes: { type: { before: null, after: dto.type } },
        requestId: caller.requestId,
      });
      return record;
    });
  }

  fileOnBehalf(caller: Caller, dto: { subjectId: string; type: RequestType; identityCheck: string; details?: string }): Promise<PrivacyRequestRecord> {
    return this.db.transaction(async (manager) => {
      const [user] = await manager.query(`SELECT id FROM users WHERE id = $1 AND status <> 'erased'`, [dto.subjectId]);
      if (!user) throw new PrivacyError(PrivacyErrorCode.UserNotFound, `subjectId must be an existing account; ${dto.subjectId} is not`);
      const record = await this.file(manager, dto.subjectId, dto.type, { details: dto.details ?? null, filedBy: caller.id, identityCheck: dto.identityCheck });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.PrivacyRequestFiledOnBehalf,
        subjectType: Subject.PrivacyRequest,
        subjectId: record.id,
        reason: dto.identityCheck,
        changes: { type: { before: null, after: dto.type } },
        requestId: caller.requestId,
      });
      return record;
    });
  }

  private async file(
    manager: EntityManager,
    subjectId: string,
    type: RequestType,
    extra: { details: string | null; filedBy: string | null; identityCheck: string | null },
  ): Promise<PrivacyRequestRecord> {
    const receivedAt = this.clock.now();
    const erasure = type === RequestType.Erasure;
    if (erasure) {
      const [open] = await manager.query(`SELECT id FROM privacy_requests WHERE subject_id = $1 AND type = 'erasure' AND closed_at IS NULL`, [subjectId]);
      if (open) throw new PrivacyError(PrivacyErrorCode.ErasurePending, `An erasure is already requested (${open.id}); it can be cancelled during the grace period`);
    }
    const eraseAfter = erasure ? eraseAfterOf(receivedAt, this.config.privacy.erasureGraceDays) : null;
    const [row] = returnedRows<PrivacyRequestRow>(
      await manager.query(
        `INSERT INTO privacy_requests (subject_id, type, status, received_at, due_at, filed_by, identity_check, details, erase_after)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
        [subjectId, type, erasure ? RequestStatus.Scheduled : RequestStatus.Received, receivedAt, requestDueAt(receivedAt), extra.filedBy, extra.identityCheck, extra.details, eraseAfter],
      ),
    );
    if (type === RequestType.Access || type === RequestType.Portability) {
      await this.outbox.enqueue(manager, QueueName.Privacy, BUILD_EXPORT_JOB, { requestId: row.id });
    }
    await this.notify.inApp(manager, subjectId, 'privacy.request_received', { requestId: row.id, type, eraseAfter: eraseAfter?.toISOString() ?? null });
    return toRequestRecord(row);
  }

  async mine(userId: string): Promise<PrivacyRequestRecord[]> {
    const rows: PrivacyRequestRow[] = await this.db.query(`${REQUEST_SELECT} WHERE r.subject_id = $1 ORDER BY r.received_at DESC`, [userId]);
    return rows.map((row) => toRequestRecord(row));
  }

  /** The queue: open requests first, by the due date in force (overdue ones at the top). */
  async list(query: ListQuery<PrivacyRequestFilterDto>): Promise<Page<PrivacyRequestRecord>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.filter.status) add('r.status = ANY(?)', query.filter.status);
    if (query.filter.type) add('r.type = ?', query.filter.type);
    if (query.filter.subjectId) add('r.subject_id = ?', query.filter.subjectId);
    if (query.filter.id) add('r.id = ANY(?)', query.filter.id);
    if (query.filter.open !== undefined) where.push(query.filter.open ? 'r.closed_at IS NULL' : 'r.closed_at IS NOT NULL');
    if (query.filter.overdue) where.push('r.closed_at IS NULL AND coalesce(r.extended_due_at, r.due_at) < now()');
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const order = query.sort.field === 'receivedAt' ? `r.received_at ${query.sort.order}` : `(r.closed_at IS NOT NULL), coalesce(r.extended_due_at, r.due_at) ${query.sort.order}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM privacy_requests r ${clause}`, params);
    const rows: PrivacyRequestRow[] = await this.db.query(`${REQUEST_SELECT} ${clause} ORDER BY ${order}, r.id LIMIT ${query.limit} OFFSET ${query.offset}`, params);
    return new Page(
      PRIVACY_REQUESTS_LIST.resource,
      rows.map((row) => toRequestRecord(row)),
      query.offset,
      total,
    );
  }

  async get(id: string, subjectId?: string): Promise<PrivacyRequestRecord> {
    return toRequestRecord(await this.load(this.db.manager, id, subjectId));
  }

  /** Art. 12(3): once, within the first month, by at most two months, and the person is told why. */
  extend(caller: Caller, id: string, months: number, reason: string): Promise<PrivacyRequestRecord> {
    return this.db.transaction(async (manager) => {
      const row = await this.load(manager, id, undefined, true);
      if (row.closed_at) throw new PrivacyError(PrivacyErrorCode.RequestClosed, 'The request is closed');
      if (row.extended_due_at) throw new PrivacyError(PrivacyErrorCode.ExtensionNotAllowed, `The request was already extended to ${row.extended_due_at.toISOString()}`);
      if (months < 1 || months > REQUEST_MAX_EXTENSION_MONTHS) throw new PrivacyError(PrivacyErrorCode.ExtensionNotAllowed, `months must be 1 or ${REQUEST_MAX_EXTENSION_MONTHS}`);
      const now = this.clock.now();
      if (now > row.due_at) throw new PrivacyError(PrivacyErrorCode.ExtensionNotAllowed, 'An extension must be decided and told within the first month; that month has ended');
      const extended = extendedDueAt(row.received_at, months);
      await manager.query(`UPDATE privacy_requests SET extended_due_at = $2, extension_reason = $3, extended_at = $4 WHERE id = $1`, [id, extended, reason, now]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.PrivacyRequestExtended,
        subjectType: Subject.PrivacyRequest,
        subjectId: id,
        reason,
        changes: { dueAt: { before: row.due_at.toISOString(), after: extended.toISOString() } },
        requestId: caller.requestId,
      });
      await this.tell(manager, row.subject_id, 'privacy-request-extended', { typeSv: requestTypeWords('sv', row.type), typeEn: requestTypeWords('en', row.type), dueAt: swedishDay(extended), reason });
      await this.notify.inApp(manager, row.subject_id, 'privacy.request_extended', { requestId: id, dueAt: extended.toISOString(), reason });
      return toRequestRecord(await this.load(manager, id));
    });
  }

  /** Staff close a request they handled by hand (rectification, restriction) or refuse one. */
  close(caller: Caller, id: string, status: RequestStatus, note: string): Promise<PrivacyRequestRecord> {
    return this.db.transaction(async (manager) => {
      const row = await this.load(manager, id, undefined, true);
      if (row.closed_at) throw new PrivacyError(PrivacyErrorCode.RequestClosed, 'The request is closed');
      await manager.query(`UPDATE privacy_requests SET status = $2, closing_note = $3, closed_at = now() WHERE id = $1`, [id, status, note]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.PrivacyRequestClosed,
        subjectType: Subject.PrivacyRequest,
        subjectId: id,
        reason: note,
        changes: { status: { before: row.status, after: status } },
        requestId: caller.requestId,
      });
      // Granting a restriction (Art. 18) puts it in force on the account; it stays until lifted.
      if (row.type === RequestType.Restriction && status === RequestStatus.Completed) await this.setRestriction(manager, caller, row, true, note);
      await this.notify.inApp(manager, row.subject_id, 'privacy.request_closed', { requestId: id, status, note });
      return toRequestRecord(await this.load(manager, id));
    });
  }

  /** Art. 18(3): the restriction granted under this request ends; the person is told, and it is audited. */
  liftRestriction(caller: Caller, id: string, reason: string): Promise<PrivacyRequestRecord> {
    return this.db.transaction(async (manager) => {
      const row = await this.load(manager, id, undefined, true);
      if (row.type !== RequestType.Restriction || row.status !== RequestStatus.Completed) {
        throw new PrivacyError(PrivacyErrorCode.RestrictionNotInForce, `Only a granted restriction request can be lifted; this one is a ${row.status} ${row.type} request`);
      }
      await this.setRestriction(manager, caller, row, false, reason);
      return toRequestRecord(await this.load(manager, id));
    });
  }

  private async setRestriction(manager: EntityManager, caller: Caller, row: PrivacyRequestRow, restrict: boolean, reason: string): Promise<void> {
    const [user] = await manager.query(`SELECT processing_restricted_at FROM users WHERE id = $1 AND status <> 'erased' FOR UPDATE`, [row.subject_id]);
    if (!user) throw new PrivacyError(PrivacyErrorCode.UserNotFound, `The person of request ${row.id} has no account any more`);
    const before: Date | null = user.processing_restricted_at;
    if (!restrict && !before) throw new PrivacyError(PrivacyErrorCode.RestrictionNotInForce, 'No restriction of processing is in force for this person');
    const after = restrict ? (before ?? new Date()) : null;
    await manager.query(`UPDATE users SET processing_restricted_at = $2 WHERE id = $1`, [row.subject_id, after]);
    await this.audit.record(manager, {
      actorId: caller.id,
      action: restrict ? AuditAction.ProcessingRestricted : AuditAction.ProcessingRestrictionLifted,
      subjectType: Subject.PrivacyRequest,
      subjectId: row.id,
      reason,
      changes: { processingRestrictedAt: { before: before?.toISOString() ?? null, after: after?.toISOString() ?? null } },
      requestId: caller.requestId,
      // Also in the account's own history.
      contextIds: [row.subject_id],
    });
    if (!restrict) await this.notify.inApp(manager, row.subject_id, 'privacy.restriction_lifted', { requestId: row.id, reason });
  }

  /** The person changes their mind during the grace period. */
  cancelOwn(caller: Caller, id: string): Promise<PrivacyRequestRecord> {
    return this.db.transaction(async (manager) => {
      const row = await this.load(manager, id, caller.id, true);
      if (row.status !== RequestStatus.Scheduled) throw new PrivacyError(PrivacyErrorCode.NotCancellable, `Only an erasure waiting out its grace period can be cancelled; this one is ${row.status}`);
      const note = closingNotes.cancelledByPerson(await this.notify.languageOf(manager, caller.id));
      await manager.query(`UPDATE privacy_requests SET status = 'cancelled', closing_note = $2, closed_at = now() WHERE id = $1`, [id, note]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.PrivacyRequestCancelled,
        subjectType: Subject.PrivacyRequest,
        subjectId: id,
        changes: { status: { before: row.status, after: RequestStatus.Cancelled } },
        requestId: caller.requestId,
      });
      return toRequestRecord(await this.load(manager, id));
    });
  }

  /**
   * The export, for its subject only, while it has not expired: opened as a stream, so that a missing
   * file is still an error the caller can answer with, and never read whole into memory.
   */
  async download(caller: Caller, id: string): Promise<{ file: StoredFile; stream: Readable }> {
    const row = await this.load(this.db.manager, id, caller.id);
    if (!row.result_file_id) {
      if (row.result_expires_at) throw new PrivacyError(PrivacyErrorCode.ResultExpired, 'The export has expired and was deleted: ask for a new one');
      throw new PrivacyError(PrivacyErrorCode.ResultNotReady, 'The export is not ready yet');
    }
    if (row.result_expires_at && row.result_expires_at < this.clock.now()) throw new PrivacyError(PrivacyErrorCode.ResultExpired, 'The export has expired: ask for a new one');
    const opened = await this.storage.openRead(this.db.manager, row.result_file_id).catch((error: unknown) => {
      if (error instanceof StorageError && error.code === StorageErrorCode.NotFound) {
        throw new PrivacyError(PrivacyErrorCode.ResultMissing, `The export of request ${id} is missing from storage: ask for a new one`);
      }
      throw error;
    });
    // Each hand-over of the copy is logged, and only once the file is open.
    try {
      await this.db.transaction((manager) =>
        this.audit.record(manager, { actorId: caller.id, action: AuditAction.PrivacyExportDownloaded, subjectType: Subject.PrivacyRequest, subjectId: id, requestId: caller.requestId }),
      );
    } catch (error) {
      opened.stream.destroy();
      throw error;
    }
    return opened;
  }

  async load(manager: EntityManager, id: string, subjectId?: string, lock = false): Promise<PrivacyRequestRow> {
    const rows: PrivacyRequestRow[] = lock
      ? await manager.query(`SELECT r.* FROM privacy_requests r WHERE r.id = $1 FOR UPDATE`, [id])
      : await manager.query(`${REQUEST_SELECT} WHERE r.id = $1`, [id]);
    const row = rows[0];
    // Someone else's request answers as if it did not exist.
    if (!row || (subjectId !== undefined && row.subject_id !== subjectId)) throw new PrivacyError(PrivacyErrorCode.RequestNotFound, `No request with id ${id}`);
    return row;
  }

  private async tell(manager: EntityManager, userId: string, template: 'privacy-request-extended', params: Record<string, string>): Promise<void> {
    const [user] = await manager.query(`SELECT email FROM users WHERE id = $1 AND status <> 'erased'`, [userId]);
    if (user) await this.notify.email(manager, { to: user.email, userId, template, params });
  }
}
