import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditAction, readableDate, RequestStatus, Subject, swedishDay } from '@samverka/shared';
import { closingNotes } from './closing-notes.js';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { NotifyService } from '../notify/notify.service.js';
import { hasCaughtUpWith, onReplica } from '../platform/database/replica-reads.js';
import { AppConfig } from '../platform/config/app-config.js';
import { StorageService } from '../storage/storage.service.js';
import { sectionEntries } from './export-sections.js';
import type { DataSubject } from './personal-data-holder.js';
import { PersonalDataRegistry } from './personal-data-registry.js';
import { RecordOfProcessingService } from './record-of-processing.service.js';
import { storedFileEntries } from './stored-file-entries.js';
import { exportExpiresAt } from './request-deadlines.js';
import { PrivacyRequestsService } from './requests.service.js';
import { type ZipEntry, zipStream } from './zip.js';

export const EXPORT_PURPOSE = 'privacy-export';

/**
 * Access and portability (Art. 15, 20): one ZIP with everything every context holds about the
 * person: `data.json` (all of it, machine-readable), one CSV per kind of data, the files they
 * uploaded, and a README explaining each file, the purposes, recipients and retention.
 */
@Injectable()
export class ExportService {
  private readonly logger = new Logger(ExportService.name);

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    @Inject(PersonalDataRegistry) private readonly registry: PersonalDataRegistry,
    private readonly storage: StorageService,
    private readonly notify: NotifyService,
    private readonly requests: PrivacyRequestsService,
    private readonly record: RecordOfProcessingService,
    private readonly audit: AuditService,
  ) {}

  /** Idempotent: a request whose export exists is left alone. */
  async build(requestId: string, onProgress: (done: number, of: number) => Promise<void> = async () => {}): Promise<{ fileId: string | null }> {
    const request = await this.requests.load(this.db.manager, requestId);
    if (request.result_file_id || request.closed_at) return { fileId: request.result_file_id };
    const [user] = await this.db.query(`SELECT id, email, display_name FROM users WHERE id = $1 AND status <> 'erased'`, [request.subject_id]);
    if (!user) return { fileId: null };
    const subject: DataSubject = { id: user.id, email: user.email, displayName: user.display_name };
    const holders = this.registry.holders;
    const of = holders.length + 1;
    const data: Record<string, Record<string, unknown>> = {};
    const entries: ZipEntry[] = [];
    const readme: string[] = [];
    const fileIds = new Map<string, string>();
    await this.setProgress(requestId, 'collecting', 0, of);
    // Read on the replica when there is one, once it holds everything up to the request.
    await onReplica(this.db, async (replica) => {
      if (!(await hasCaughtUpWith(replica, request.received_at))) throw new Error(`export ${requestId}: the read replica has not caught up with the request yet; retrying`);
      for (const [index, holder] of holders.entries()) {
        const section = await holder.exportSubject(replica, subject);
        const parts = sectionEntries(holder.processing.context, section);
        if (parts.data) data[holder.processing.context] = parts.data;
        entries.push(...parts.entries);
        readme.push(...parts.readme);
        for (const file of section.files) if (!fileIds.has(file.fileId)) fileIds.set(file.fileId, file.name);
        await this.setProgress(requestId, 'collecting', index + 1, of);
        await onProgress(index + 1, of);
      }
    });
    const processing = await this.record.build();
    const generatedAt = new Date();
    entries.unshift(
      { name: 'README.md', data: Buffer.from(this.readme(subject, generatedAt, readme, fileIds.size, processing.markdown), 'utf8') },
      { name: 'data.json', data: Buffer.from(JSON.stringify({ generatedAt: generatedAt.toISOString(), subject: { id: subject.id }, data }, null, 2), 'utf8') },
    );
    // The archive streams into the blob store, one uploaded file at a time, before the transaction
    // that records it: neither the files nor the archive are ever whole in memory.
    const written = await this.storage.writeGenerated(zipStream(this.withFiles(requestId, entries, fileIds), generatedAt), EXPORT_PURPOSE);
    const expiresAt = exportExpiresAt(generatedAt, this.config.privacy.exportDays);
    const recorded = this.db.transaction(async (manager) => {
      const [locked] = await manager.query(`SELECT result_file_id FROM privacy_requests WHERE id = $1 FOR UPDATE`, [requestId]);
      if (locked.result_file_id) {
        await this.storage.discard(written);
        return locked.result_file_id as string;
      }
      const stored = await this.storage.recordGenerated(manager, written, {
        contentType: 'application/zip',
        purpose: EXPORT_PURPOSE,
        ownerId: subject.id,
        name: `samverka-data-${swedishDay(generatedAt)}.zip`,
      });
      const language = await this.notify.languageOf(manager, subject.id);
      await manager.query(
        `UPDATE privacy_requests SET result_file_id = $2, result_expires_at = $3, status = $4, closed_at = now(), progress = $5, closing_note = $6
          WHERE id = $1`,
        [requestId, stored.id, expiresAt, RequestStatus.Completed, JSON.stringify({ step: 'ready', done: of, of }), closingNotes.exportReady(expiresAt, language)],
      );
      await this.audit.record(manager, { actorId: null, action: AuditAction.PrivacyExportMade, subjectType: Subject.PrivacyRequest, subjectId: requestId, requestId: `export-${requestId}` });
      await this.notify.inApp(manager, subject.id, 'privacy.export_ready', { requestId, expiresAt: expiresAt.toISOString() });
      await this.notify.email(manager, { to: subject.email, userId: subject.id, template: 'privacy-export-ready', language, params: { expiresAt: readableDate(expiresAt, language) } });
      return stored.id;
    });
    const fileId = await recorded.catch(async (error: unknown) => {
      await this.storage.discard(written);
      throw error;
    });
    return { fileId };
  }

  /** The generated entries, then each uploaded file opened only when the archive reaches it. */
  private async *withFiles(requestId: string, entries: ZipEntry[], fileIds: Map<string, string>): AsyncGenerator<ZipEntry> {
    yield* entries;
    yield* storedFileEntries(this.storage, this.db.manager, fileIds, this.logger, `export ${requestId}`);
  }

  private async setProgress(requestId: string, step: string, done: number, of: number): Promise<void> {
    await this.db.query(`UPDATE privacy_requests SET progress = $2, status = CASE WHEN status = 'received' THEN 'processing' ELSE status END WHERE id = $1`, [
      requestId,
      JSON.stringify({ step, done, of }),
    ]);
  }

  private readme(subject: DataSubject, at: Date, files: string[], uploads: number, processing: string): string {
    return [
      '# Your data in Samverka / Dina uppgifter i Samverka',
      '',
      `Made ${at.toISOString()} for the account ${subject.id}. This archive holds everything the platform keeps about you (GDPR Art. 15 and 20).`,
      'Other people’s personal data is left out: for instance who reported your content, or which staff member decided.',
      '',
      '- `data.json`: all of it in one machine-readable file (for moving it elsewhere).',
      '- one CSV file per kind of data, in a folder per part of the platform, described below.',
      `- \`files/\`: ${uploads} file(s) you uploaded (images, documents).`,
      ...files,
      '',
      '# Why we keep it, who sees it and for how long',
      processing,
    ].join('\n');
  }
}
