import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Action, AuditAction, type AuthorityOrderDisclosureRecord, AuthorityOrderType, type DisclosureCategory, type OrderScopeItem, recordOf, Subject, swedishDay } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { PersonalDataRegistry } from '../privacy/personal-data-registry.js';
import { zipStream } from '../privacy/zip.js';
import { StorageService } from '../storage/storage.service.js';
import type { StoredFile } from '../storage/stored-file.entity.js';
import { isConfirmed } from './authority-order-confirmations.js';
import { DisclosureError, DisclosureErrorCode } from './authority-order-disclosures.errors.js';
import { asSubject, AuthorityOrdersService } from './authority-orders.service.js';
import { buildDisclosureArchive } from './disclosure-archive.js';
import type { MakeDisclosureDto } from './dto/authority-order-disclosure.dto.js';

export const DISCLOSURE_PURPOSE = 'authority-order-disclosure';

interface DisclosureRow {
  id: string;
  order_id: string;
  recipient_organisation_id: string;
  subject_ids: string[];
  categories: DisclosureCategory[];
  given: OrderScopeItem[];
  not_found: OrderScopeItem[];
  file_id: string | null;
  secret_until: Date | null;
  secrecy_reason: string | null;
  produced_at: Date;
  downloaded_at: Date | null;
}

const toRecord = (row: DisclosureRow): AuthorityOrderDisclosureRecord => ({
  id: row.id,
  orderId: row.order_id,
  recipientOrganisationId: row.recipient_organisation_id,
  subjectIds: row.subject_ids,
  categories: row.categories,
  given: row.given,
  notFound: row.not_found,
  secretUntil: row.secret_until?.toISOString() ?? null,
  secrecyReason: row.secrecy_reason,
  producedAt: row.produced_at.toISOString(),
  downloadedAt: row.downloaded_at?.toISOString() ?? null,
});

/**
 * The one-time disclosure for a confirmed information order (DSA Art. 10): a ZIP of exactly the
 * named data with a README, made synchronously (an order names at most 500 items; the archive
 * streams into storage), recorded with the people it is about, and downloaded once by a member of
 * the issuing organisation, after which its bytes are deleted. Everyone else gets 404.
 */
@Injectable()
export class AuthorityOrderDisclosuresService {
  private readonly logger = new Logger(AuthorityOrderDisclosuresService.name);

  constructor(
    private readonly db: DataSource,
    private readonly orders: AuthorityOrdersService,
    @Inject(PersonalDataRegistry) private readonly registry: PersonalDataRegistry,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  async make(caller: Caller, id: string, dto: MakeDisclosureDto): Promise<AuthorityOrderDisclosureRecord> {
    const secretUntil = dto.secretUntil ? new Date(dto.secretUntil) : null;
    if (secretUntil && secretUntil <= new Date()) throw new DisclosureError(DisclosureErrorCode.SecrecyInThePast, 'secretUntil must be in the future');
    if (!secretUntil !== !dto.secrecyReason) throw new DisclosureError(DisclosureErrorCode.SecrecyIncomplete, 'secretUntil and secrecyReason go together: give both or neither');
    const order = await this.orders.readable(this.db.manager, caller, id, false);
    await this.checkMakeable(this.db.manager, caller, order);
    const producedAt = new Date();
    const archive = await buildDisclosureArchive(this.db.manager, { registry: this.registry, storage: this.storage }, order, producedAt);
    const written = await this.storage.writeGenerated(zipStream(archive.entries, producedAt), DISCLOSURE_PURPOSE);
    const recorded = this.db.transaction(async (manager) => {
      // Checked again under the order's lock: two deciders pressing at once make one disclosure.
      await this.checkMakeable(manager, caller, await this.orders.readable(manager, caller, id, true));
      const file = await this.storage.recordGenerated(manager, written, {
        contentType: 'application/zip',
        purpose: DISCLOSURE_PURPOSE,
        ownerId: null,
        name: `utlamnande-${order.reference}-${swedishDay(producedAt)}.zip`,
      });
      const { summary } = archive;
      const [row]: DisclosureRow[] = await manager.query(
        `INSERT INTO authority_order_disclosures (order_id, recipient_organisation_id, subject_ids, categories, given, not_found, file_id, secret_until, secrecy_reason, produced_by, produced_at)
         VALUES ($1, $2, $3::uuid[], $4::text[], $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
        [
          id,
          order.issuing_organisation_id,
          summary.subjectIds,
          summary.categories,
          JSON.stringify(summary.given),
          JSON.stringify(summary.notFound),
          file.id,
          secretUntil,
          dto.secrecyReason ?? null,
          caller.id,
          producedAt,
        ],
      );
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AuthorityOrderDisclosureMade,
        subjectType: Subject.AuthorityOrder,
        subjectId: id,
        changes: {
          disclosure: { before: null, after: row.id },
          categories: { before: null, after: summary.categories },
          given: { before: null, after: summary.given.length },
          notFound: { before: null, after: summary.notFound.length },
        },
        requestId: caller.requestId,
      });
      return toRecord(row);
    });
    return recorded.catch(async (error: unknown) => {
      await this.storage.discard(written);
      throw error;
    });
  }

  /** What was disclosed (ids and categories, never the data), for whoever may read the order. */
  async get(caller: Caller, id: string): Promise<AuthorityOrderDisclosureRecord> {
    await this.orders.readable(this.db.manager, caller, id, false);
    const [row]: DisclosureRow[] = await this.db.query(`SELECT * FROM authority_order_disclosures WHERE order_id = $1`, [id]);
    if (!row) throw new DisclosureError(DisclosureErrorCode.NotFound, `No disclosure has been made for order ${id}`);
    return toRecord(row);
  }

  /**
   * The archive, once, to a member of the issuing organisation; anyone else, the platform owner
   * included, gets the 404 of an order with no disclosure. The file is opened before the download
   * is recorded (missing bytes do not use up the one download) and deleted once it has been read.
   */
  async download(caller: Caller, id: string): Promise<{ file: StoredFile; stream: Readable }> {
    const opened = await this.db.transaction(async (manager) => {
      const [row]: DisclosureRow[] = await manager.query(`SELECT * FROM authority_order_disclosures WHERE order_id = $1 FOR UPDATE`, [id]);
      if (!row || !caller.ability.can(Action.Read, recordOf(Subject.AuthorityOrderDisclosure, { recipientOrganisationId: row.recipient_organisation_id }))) {
        throw new DisclosureError(DisclosureErrorCode.NotFound, `No disclosure for you for order ${id}`);
      }
      if (row.downloaded_at || !row.file_id) throw new DisclosureError(DisclosureErrorCode.AlreadyDownloaded, 'The disclosure has been downloaded once already; it cannot be downloaded again');
      const file = await this.storage.openRead(manager, row.file_id);
      await manager.query(`UPDATE authority_order_disclosures SET downloaded_at = now(), downloaded_by = $2 WHERE id = $1`, [row.id, caller.id]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AuthorityOrderDisclosureDownloaded,
        subjectType: Subject.AuthorityOrder,
        subjectId: id,
        changes: { downloaded: { before: false, after: true } },
        requestId: caller.requestId,
      });
      return { ...file, fileId: row.file_id };
    });
    // The platform keeps no copy of what it handed over once it has been read (or the read broke off).
    opened.stream.once('close', () => {
      this.db.transaction((manager) => this.storage.remove(manager, opened.fileId)).catch((error: unknown) => this.logger.warn(`disclosure ${id}: file not removed: ${String(error)}`));
    });
    return opened;
  }

  private async checkMakeable(manager: EntityManager, caller: Caller, order: Awaited<ReturnType<AuthorityOrdersService['readable']>>): Promise<void> {
    if (order.type !== AuthorityOrderType.ProvideInformation) throw new DisclosureError(DisclosureErrorCode.NotAnInformationOrder, 'Only an order to provide information has its data disclosed');
    if (!caller.ability.can(Action.Decide, asSubject(order))) throw new DisclosureError(DisclosureErrorCode.NotAllowed, 'Only the platform owner discloses the data of an information order');
    if (!(await isConfirmed(manager, order.id))) throw new DisclosureError(DisclosureErrorCode.NotConfirmed, 'A second reviewer must confirm the order before its data is disclosed');
    if (order.state !== 'in_review' && order.state !== 'done') throw new DisclosureError(DisclosureErrorCode.NotInReview, `The order is ${order.state}; its data is disclosed while in review`);
    if (!order.issuing_organisation_id) {
      throw new DisclosureError(DisclosureErrorCode.NoRecipient, 'The order was entered from a letter: there is no organisation on the platform to download the data');
    }
    const made: unknown[] = await manager.query(`SELECT 1 FROM authority_order_disclosures WHERE order_id = $1`, [order.id]);
    if (made.length > 0) throw new DisclosureError(DisclosureErrorCode.AlreadyMade, 'The data of this order has been disclosed already: a disclosure is made once');
  }
}
