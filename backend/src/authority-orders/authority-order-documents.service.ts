import { Injectable } from '@nestjs/common';
import { Action, AuditAction, type AuthorityOrderDocumentRecord, AuthorityOrderState, recordOf, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { StorageService } from '../storage/storage.service.js';
import type { StoredFile } from '../storage/stored-file.entity.js';
import type { AuthorityOrderRow } from './authority-order-records.js';
import { AuthorityOrderActionError, AuthorityOrderActionErrorCode as Code } from './authority-order-actions.errors.js';
import { AuthorityOrdersService } from './authority-orders.service.js';

/** An order's documents are PDFs (the order itself, a court's decision) of at most this size. */
export const ORDER_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const STORAGE_PURPOSE = 'authority-order-document';

interface DocumentRow {
  id: string;
  order_id: string;
  file_id: string;
  uploaded_by: string | null;
  uploaded_at: Date;
  original_name: string | null;
  content_type: string;
  size_bytes: string | number;
}

const toDocumentRecord = (row: DocumentRow): AuthorityOrderDocumentRecord => ({
  id: row.id,
  orderId: row.order_id,
  fileName: row.original_name,
  contentType: row.content_type,
  sizeBytes: Number(row.size_bytes),
  uploadedBy: row.uploaded_by,
  uploadedAt: row.uploaded_at.toISOString(),
});

const DOCUMENT_SELECT = `SELECT d.*, f.original_name, f.content_type, f.size_bytes FROM authority_order_documents d JOIN stored_files f ON f.id = d.file_id`;

/**
 * Documents attached to an order, through storage (the type judged by content, PDF only). The
 * filer attaches them while the order is received, those who decide it until it is closed; whoever
 * may read the order lists and downloads them, each download audited.
 */
@Injectable()
export class AuthorityOrderDocumentsService {
  constructor(
    private readonly db: DataSource,
    private readonly orders: AuthorityOrdersService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  async attach(caller: Caller, orderId: string, upload: { bytes: Buffer; originalName: string } | undefined): Promise<AuthorityOrderDocumentRecord> {
    // The order's scope first: a caller who may not read it learns nothing, not even about the file.
    const order = await this.orders.readable(this.db.manager, caller, orderId, false);
    this.assertMayAttach(caller, order);
    if (!upload) throw new AuthorityOrderActionError(Code.FieldRequired, 'file is required (multipart/form-data): the PDF to attach');
    const prepared = await this.storage.prepare({ field: 'file', bytes: upload.bytes, originalName: upload.originalName }, { maxBytes: ORDER_DOCUMENT_MAX_BYTES, accept: ['application/pdf'] });
    return this.db.transaction(async (manager) => {
      // Checked again under the row lock: the order may have moved on while the file was read.
      this.assertMayAttach(caller, await this.orders.readable(manager, caller, orderId, true));
      const file = await this.storage.keep(manager, prepared, { purpose: STORAGE_PURPOSE, ownerId: null });
      const [row]: { id: string }[] = await manager.query(`INSERT INTO authority_order_documents (order_id, file_id, uploaded_by) VALUES ($1, $2, $3) RETURNING id`, [orderId, file.id, caller.id]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AuthorityOrderDocumentAdded,
        subjectType: Subject.AuthorityOrder,
        subjectId: orderId,
        changes: { document: { before: null, after: { id: row.id, sha256: file.sha256, sizeBytes: file.sizeBytes } } },
        contextIds: [row.id],
        requestId: caller.requestId,
      });
      const [document]: DocumentRow[] = await manager.query(`${DOCUMENT_SELECT} WHERE d.id = $1`, [row.id]);
      return toDocumentRecord(document);
    });
  }

  async list(caller: Caller, orderId: string): Promise<AuthorityOrderDocumentRecord[]> {
    await this.orders.readable(this.db.manager, caller, orderId, false);
    const rows: DocumentRow[] = await this.db.query(`${DOCUMENT_SELECT} WHERE d.order_id = $1 ORDER BY d.uploaded_at, d.id`, [orderId]);
    return rows.map(toDocumentRecord);
  }

  /** The document's file for download, audited in the same transaction as it is read. */
  download(caller: Caller, orderId: string, documentId: string): Promise<{ file: StoredFile; bytes: Buffer }> {
    return this.db.transaction(async (manager) => {
      await this.orders.readable(manager, caller, orderId, false);
      const [row]: { file_id: string }[] = await manager.query(`SELECT file_id FROM authority_order_documents WHERE id = $1 AND order_id = $2`, [documentId, orderId]);
      if (!row) throw new AuthorityOrderActionError(Code.DocumentNotFound, `No document ${documentId} on this order`);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AuthorityOrderDocumentRead,
        subjectType: Subject.AuthorityOrder,
        subjectId: orderId,
        contextIds: [documentId],
        requestId: caller.requestId,
      });
      return this.storage.read(manager, row.file_id);
    });
  }

  /** The filer while the order is received; those who decide it until it is done or refused. */
  private assertMayAttach(caller: Caller, order: AuthorityOrderRow): void {
    const subject = recordOf(Subject.AuthorityOrder, { issuingOrganisationId: order.issuing_organisation_id, type: order.type });
    if (caller.ability.can(Action.Decide, subject)) {
      if (order.state === AuthorityOrderState.Done || order.state === AuthorityOrderState.Refused) {
        throw new AuthorityOrderActionError(Code.NotActionable, `The order is ${order.state}: documents are attached before it is closed`);
      }
      return;
    }
    if (!caller.ability.can(Action.Create, subject)) throw new AuthorityOrderActionError(Code.NotUploadable, 'Only the filer’s organisation or those who decide the order attach documents');
    if (order.state !== AuthorityOrderState.Received) {
      throw new AuthorityOrderActionError(Code.NotActionable, `The order is ${order.state}: the filer attaches documents while it is received`);
    }
  }
}
