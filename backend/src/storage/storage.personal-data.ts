import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder } from '../privacy/personal-data-holder.js';
import { StorageService } from './storage.service.js';

/**
 * Files a person uploaded. The contexts that use a file export it with what it belongs to; this
 * holder lists the rest. Erasure removes every file of theirs that nothing kept still uses (bytes
 * included); files still used by a kept record (evidence of an organisation's application, an item
 * under a legal hold) lose their owner and original name.
 */
@Injectable()
export class StoragePersonalData extends PersonalDataHolder {
  readonly order = 60;
  readonly processing = {
    context: 'storage',
    categoriesOfData: ['uploaded images and documents', 'export files'],
    categoriesOfPeople: ['everyone who uploads'],
    recipients: ['whoever may see the record the file belongs to'],
    retention: 'as long as the record the file belongs to; exports for the export period',
  };

  constructor(private readonly storage: StorageService) {
    super();
  }

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const files: { id: string; purpose: string; content_type: string; original_name: string | null; created_at: Date }[] = await manager.query(
      `SELECT id, purpose, content_type, original_name, created_at FROM stored_files WHERE owner_id = $1 AND purpose <> 'privacy-export' ORDER BY created_at`,
      [subject.id],
    );
    return {
      tables: [{ name: 'uploaded_files', description: 'Files you uploaded; the files themselves are in files/.', rows: files.map((file) => ({ ...file, created_at: file.created_at.toISOString() })) }],
      files: files.map((file) => ({ fileId: file.id, name: `upload-${file.id}` })),
    };
  }

  async eraseSubject(manager: EntityManager, { subject }: ErasureContext): Promise<ErasureReport> {
    const unused: { id: string }[] = await manager.query(
      `SELECT f.id FROM stored_files f
        WHERE f.owner_id = $1
          AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.image_file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM group_messages m WHERE m.image_file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM application_evidence e WHERE e.file_id = f.id)
          AND NOT EXISTS (SELECT 1 FROM privacy_requests r WHERE r.result_file_id = f.id AND r.subject_id <> f.owner_id)`,
      [subject.id],
    );
    for (const { id } of unused) await this.storage.remove(manager, id);
    const kept = affected(await manager.query(`UPDATE stored_files SET owner_id = NULL, original_name = NULL WHERE owner_id = $1 RETURNING id`, [subject.id]));
    return {
      erased: { files: unused.length },
      kept: kept > 0 ? [{ what: 'files used by records that are kept (evidence, items under a legal hold), without owner or name', count: kept, ground: 'see the records they belong to' }] : [],
    };
  }
}
