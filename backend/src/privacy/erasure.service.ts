import { createHash } from 'node:crypto';
import { closingNotes } from './closing-notes.js';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditAction, RequestStatus, RequestType, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { OutboxService } from '../jobs/outbox.service.js';
import { QueueName } from '../jobs/queue-names.js';
import { NotifyService } from '../notify/notify.service.js';
import { CertificateLinks } from './certificate-links.js';
import { type ErasureCheckResult, ErasureCheckService } from './erasure-check.service.js';
import { LegalHoldsService } from './legal-holds.service.js';
import type { DataSubject, ErasureReport } from './personal-data-holder.js';
import { PersonalDataRegistry } from './personal-data-registry.js';
import { PrivacyError, PrivacyErrorCode } from './privacy.errors.js';
import { PrivacyRequestsService } from './requests.service.js';

export const FINALISE_ERASURE_JOB = 'finalise-erasure';

interface ErasureProgress {
  step: string;
  done: number;
  of: number;
  phase?: 'erasing' | 'certified' | 'finished';
  reports?: Record<string, ErasureReport>;
  certificateEmailId?: string;
  check?: { clean: boolean; hits: number; allowed: number };
}

/**
 * Erasure (Art. 17), after the grace period, in two passes so that the certificate can still be
 * e-mailed: the first asks every holder to erase what it owns (one transaction per holder, so a
 * crash resumes where it stopped; every holder is idempotent), then issues the certificate and
 * e-mails it; the final pass, once that e-mail has left, runs every holder again with `final` (the
 * account row becomes an empty tombstone, audit rows get the keyed pseudonym), closes the request
 * and runs the erasure check over the whole database.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    private readonly db: DataSource,
    @Inject(PersonalDataRegistry) private readonly registry: PersonalDataRegistry,
    private readonly requests: PrivacyRequestsService,
    private readonly holds: LegalHoldsService,
    private readonly check: ErasureCheckService,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly outbox: OutboxService,
    private readonly links: CertificateLinks,
  ) {}

  /** Every erasure whose grace period is over; returns how many were started. */
  async runDue(): Promise<number> {
    const due: { id: string }[] = await this.db.query(`SELECT id FROM privacy_requests WHERE status IN ('scheduled', 'processing') AND type = 'erasure' AND erase_after <= now() ORDER BY erase_after`);
    for (const { id } of due) {
      try {
        await this.run(id);
      } catch (error) {
        this.logger.warn(`erasure ${id} stopped and will resume: ${String(error)}`);
      }
    }
    return due.length;
  }

  /** The first pass and the certificate. Safe to run again after a crash at any point. */
  async run(requestId: string): Promise<ErasureProgress> {
    const request = await this.requests.load(this.db.manager, requestId);
    if (request.type !== RequestType.Erasure) throw new PrivacyError(PrivacyErrorCode.RequestNotFound, `Request ${requestId} is not an erasure`);
    const progress: ErasureProgress = (request.progress as ErasureProgress | null) ?? { step: 'erasing', done: 0, of: 0 };
    if (request.closed_at || progress.phase === 'certified') return progress;
    if (!request.erase_after || request.erase_after > new Date()) throw new PrivacyError(PrivacyErrorCode.NotYetDue, `The grace period runs until ${request.erase_after?.toISOString()}`);
    const subject = await this.subject(request.subject_id);
    const holders = this.registry.holders;
    const reports: Record<string, ErasureReport> = progress.reports ?? {};
    await this.save(requestId, RequestStatus.Processing, { ...progress, phase: 'erasing', step: 'erasing', done: 0, of: holders.length + 1 });
    const held = await this.holds.heldFor(this.db.manager, subject.id);
    for (const [index, holder] of holders.entries()) {
      reports[holder.processing.context] = await this.db.transaction((manager) => holder.eraseSubject(manager, { subject, held, requestId, final: false }));
      await this.save(requestId, RequestStatus.Processing, { step: 'erasing', phase: 'erasing', done: index + 1, of: holders.length + 1, reports });
    }
    return this.db.transaction(async (manager) => {
      const [locked] = await manager.query(`SELECT progress FROM privacy_requests WHERE id = $1 FOR UPDATE`, [requestId]);
      if ((locked.progress as ErasureProgress | null)?.phase === 'certified') return locked.progress as ErasureProgress;
      const body = {
        request: requestId,
        receivedAt: request.received_at.toISOString(),
        erasedAt: new Date().toISOString(),
        erased: Object.fromEntries(Object.entries(reports).map(([context, report]) => [context, report.erased])),
        kept: Object.entries(reports).flatMap(([context, report]) => report.kept.map((kept) => ({ context, ...kept }))),
        legalHolds: held.holds.map((hold) => ({ reference: hold.reference, endsAt: hold.endsAt, covers: hold.itemType ?? 'all content' })),
        afterThisCertificate: 'the account row is emptied (e-mail, name, password) and audit events get a keyed pseudonym once this certificate has been sent',
      };
      const text = certificateText(body);
      const sha256 = createHash('sha256').update(JSON.stringify(body)).digest('hex');
      const [{ id: certificateId }] = await manager.query(
        `INSERT INTO erasure_certificates (request_id, body, text_en, sha256) VALUES ($1, $2, $3, $4)
         ON CONFLICT (request_id) DO UPDATE SET request_id = EXCLUDED.request_id RETURNING id`,
        [requestId, JSON.stringify(body), text, sha256],
      );
      const emailId = await this.notify.email(manager, {
        to: subject.email,
        userId: null,
        template: 'privacy-erasure-certificate',
        language: await this.notify.languageOf(manager, subject.id),
        params: { certificate: text, link: this.links.urlFor(requestId) },
      });
      const next: ErasureProgress = { step: 'certified', phase: 'certified', done: holders.length + 1, of: holders.length + 1, reports, certificateEmailId: emailId };
      await manager.query(`UPDATE privacy_requests SET progress = $2, certificate_id = $3 WHERE id = $1`, [requestId, JSON.stringify(next), certificateId]);
      await this.outbox.enqueue(manager, QueueName.Privacy, FINALISE_ERASURE_JOB, { requestId });
      return next;
    });
  }

  /** The final pass, once the certificate e-mail has gone (until then it throws, and Bull retries). */
  async finalise(requestId: string): Promise<ErasureCheckResult | null> {
    const request = await this.requests.load(this.db.manager, requestId);
    const progress = request.progress as ErasureProgress | null;
    if (request.closed_at || progress?.phase !== 'certified') return null;
    if (progress.certificateEmailId) {
      const [email] = await this.db.query(`SELECT status FROM email_messages WHERE id = $1`, [progress.certificateEmailId]);
      if (email?.status === 'queued') throw new Error(`the erasure certificate for ${requestId} has not been sent yet`);
    }
    const subject = await this.subject(request.subject_id);
    const held = await this.holds.heldFor(this.db.manager, subject.id);
    // Read before the account's row is erased: the note is written in the language the person chose.
    const language = await this.notify.languageOf(this.db.manager, subject.id);
    await this.db.transaction(async (manager) => {
      for (const holder of this.registry.holders) await holder.eraseSubject(manager, { subject, held, requestId, final: true });
      const finished: ErasureProgress = { ...progress, step: 'erased', phase: 'finished' };
      await manager.query(`UPDATE privacy_requests SET status = 'completed', closed_at = now(), progress = $2, closing_note = $3 WHERE id = $1`, [
        requestId,
        JSON.stringify(finished),
        closingNotes.erased(language),
      ]);
      await this.audit.record(manager, { actorId: null, action: AuditAction.SubjectErased, subjectType: Subject.PrivacyRequest, subjectId: requestId, requestId: `erasure-${requestId}` });
    });
    const result = await this.check.check({ id: subject.id, email: subject.email, displayName: subject.displayName }, held);
    await this.db.query(`UPDATE privacy_requests SET progress = jsonb_set(progress, '{check}', $2::jsonb) WHERE id = $1`, [
      requestId,
      JSON.stringify({ clean: result.clean, hits: result.hits.length, allowed: result.allowed.length }),
    ]);
    if (!result.clean) this.logger.error(`erasure ${requestId} left ${result.hits.length} hit(s): ${result.hits.map((hit) => `${hit.table}.${hit.column}`).join(', ')}`);
    return result;
  }

  private async subject(userId: string): Promise<DataSubject> {
    const [user] = await this.db.query(`SELECT id, email, display_name FROM users WHERE id = $1`, [userId]);
    if (!user) throw new PrivacyError(PrivacyErrorCode.UserNotFound, `No user with id ${userId}`);
    return { id: user.id, email: user.email, displayName: user.display_name };
  }

  async save(requestId: string, status: RequestStatus, progress: ErasureProgress): Promise<void> {
    await this.db.query(`UPDATE privacy_requests SET status = $2, progress = $3 WHERE id = $1 AND closed_at IS NULL`, [requestId, status, JSON.stringify(progress)]);
  }
}

function certificateText(body: {
  request: string;
  receivedAt: string;
  erasedAt: string;
  erased: Record<string, Record<string, number>>;
  kept: { context: string; what: string; count: number; ground: string }[];
  legalHolds: { reference: string; endsAt: string; covers: string }[];
}): string {
  const erased = Object.entries(body.erased).flatMap(([context, counts]) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([what, n]) => `- ${context}: ${what.replace(/_/g, ' ')}: ${n}`),
  );
  return [
    `Erasure certificate for request ${body.request}`,
    `Request received ${body.receivedAt}; erased ${body.erasedAt}.`,
    '',
    'Erased:',
    ...(erased.length ? erased : ['- (nothing beyond the account)']),
    '- the account: e-mail address, name and password',
    '',
    'Kept, and why (GDPR Art. 17(3)):',
    ...(body.kept.length ? body.kept.map((k) => `- ${k.context}: ${k.what} (${k.count}): ${k.ground}`) : ['- nothing']),
    ...(body.legalHolds.length ? ['', 'Under a legal hold (kept sealed until it ends):', ...body.legalHolds.map((h) => `- ${h.covers}, reference ${h.reference}, until ${h.endsAt}`)] : []),
  ].join('\n');
}
