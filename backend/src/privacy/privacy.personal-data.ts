import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '../platform/database/returning.js';
import { StorageService } from '../storage/storage.service.js';
import { activeHoldCovers } from './active-hold-covers.js';
import { type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, literalPattern, PersonalDataHolder, plainRows } from './personal-data-holder.js';

/**
 * The privacy context's own records. The consent ledger is append-only proof of consent (Art.
 * 7(1)) and the requests are proof of how they were handled (Art. 5(2)): both stay, pointing at
 * the empty account row; names and e-mail typed into requests and holds become "[erased]", and
 * export files go.
 */
@Injectable()
export class PrivacyPersonalData extends PersonalDataHolder {
  readonly order = 80;
  readonly processing = {
    context: 'privacy',
    categoriesOfData: ['consent decisions with the text version answered', 'requests from data subjects', 'legal holds', 'copies of deleted content kept under a legal hold'],
    categoriesOfPeople: ['everyone with an account'],
    recipients: ['platform owner', 'supervisory authority on request'],
    retention: 'consent ledger kept as proof; closed requests for the retention period',
  };

  constructor(private readonly storage: StorageService) {
    super();
  }

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const consents = await manager.query(
      `SELECT p.key AS purpose, p.legal_basis, l.version, l.text_sha256, l.decision, l.channel, l.recorded_at
         FROM consent_ledger l JOIN consent_purposes p ON p.id = l.purpose_id WHERE l.user_id = $1 ORDER BY l.id`,
      [subject.id],
    );
    const requests = await manager.query(
      `SELECT type, status, received_at, due_at, extended_due_at, extension_reason, details, closing_note, closed_at FROM privacy_requests WHERE subject_id = $1 ORDER BY received_at`,
      [subject.id],
    );
    return {
      tables: [
        { name: 'consents', description: 'Every consent decision you made: purpose, text version (with its sha256), granted, refused or withdrawn, when and how.', rows: plainRows(consents) },
        { name: 'privacy_requests', description: 'Your requests about your personal data and how they were handled.', rows: plainRows(requests) },
      ],
      files: [],
    };
  }

  async eraseSubject(manager: EntityManager, { subject }: ErasureContext): Promise<ErasureReport> {
    const files: { result_file_id: string }[] = await manager.query(`SELECT result_file_id FROM privacy_requests WHERE subject_id = $1 AND result_file_id IS NOT NULL`, [subject.id]);
    for (const { result_file_id } of files) await this.storage.remove(manager, result_file_id);
    const patterns = [subject.email, subject.displayName].filter((text) => text.trim().length >= 3).map(literalPattern);
    if (patterns.length > 0) {
      const pattern = `(${patterns.join('|')})`;
      await manager.query(
        `UPDATE privacy_requests SET details = regexp_replace(details, $2, '[erased]', 'gi'), identity_check = regexp_replace(identity_check, $2, '[erased]', 'gi'),
                closing_note = regexp_replace(closing_note, $2, '[erased]', 'gi'), extension_reason = regexp_replace(extension_reason, $2, '[erased]', 'gi')
          WHERE subject_id = $1`,
        [subject.id, pattern],
      );
      await manager.query(`UPDATE legal_holds SET reason = regexp_replace(reason, $2, '[erased]', 'gi'), reference = regexp_replace(reference, $2, '[erased]', 'gi') WHERE subject_id = $1`, [
        subject.id,
        pattern,
      ]);
    }
    // Where they acted as staff: the record stays, the link to them goes.
    for (const [table, column] of [
      ['privacy_requests', 'filed_by'],
      ['legal_holds', 'placed_by'],
      ['legal_holds', 'lifted_by'],
      ['consent_purpose_versions', 'published_by'],
    ] as const) {
      await manager.query(`UPDATE ${table} SET ${column} = NULL WHERE ${column} = $1`, [subject.id]);
    }
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM consent_ledger WHERE user_id = $1`, [subject.id]);
    const preserved = await this.erasePreservedCopies(manager, subject.id);
    return {
      erased: { export_files: files.length, preserved_content: preserved.erased },
      kept: [
        ...(count > 0 ? [{ what: 'consent ledger entries (purpose, version, decision, time), pointing at the empty account row', count, ground: 'Art. 7(1) and 17(3)(e): proof of consent' }] : []),
        ...(preserved.kept > 0 ? [{ what: 'copies of deleted posts and messages under a legal hold', count: preserved.kept, ground: 'Art. 17(3)(e): under a legal hold' }] : []),
      ],
    };
  }

  /** Copies no hold covers any more go (retention would take them too); held ones stay, untouched. */
  private async erasePreservedCopies(manager: EntityManager, subjectId: string): Promise<{ erased: number; kept: number }> {
    const released = returnedRows<{ image_file_id: string | null }>(
      await manager.query(`DELETE FROM held_content c WHERE c.author_id = $1 AND NOT ${activeHoldCovers('c.author_id', 'c.item_type', 'c.item_id')} RETURNING c.image_file_id`, [subjectId]),
    );
    for (const { image_file_id } of released) if (image_file_id) await this.storage.remove(manager, image_file_id);
    const [{ kept }] = await manager.query(`SELECT count(*)::int AS kept FROM held_content WHERE author_id = $1`, [subjectId]);
    return { erased: released.length, kept };
  }
}
