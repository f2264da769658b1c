import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../platform/config/app-config.js';
import { type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';
import { pseudonymFor } from '../privacy/pseudonym.js';

/**
 * The audit log is kept in full (it is how the platform shows who did what: Art. 5(2), 17(3)(b)
 * and (e)), but without the person: their id becomes a keyed pseudonym wherever it appears (actor,
 * subject, context, inside changes and reasons) and their e-mail and name become "[erased]". The
 * table stays append-only; only the SECURITY DEFINER function of AuditPseudonymiseDefiner1765947600000
 * may rewrite it, for the person of an erasure request being processed, and each row says so.
 * Runs before the account is emptied (identity, 90), so the function can still read the e-mail and name.
 */
@Injectable()
export class AuditPersonalData extends PersonalDataHolder {
  readonly order = 85;
  readonly processing = {
    context: 'audit',
    categoriesOfData: ['who did what to which record, when, and why'],
    categoriesOfPeople: ['staff', 'residents whose records staff changed'],
    recipients: ['platform owner', 'coordinators for their own municipalities', 'supervisory authorities on request'],
    retention: 'kept; pseudonymised when a person is erased',
  };

  constructor(private readonly config: AppConfig) {
    super();
  }

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    // Events about the person, not events they caused as staff about others.
    const rows = await manager.query(
      `SELECT occurred_at, action, subject_type, reason FROM audit_events
        WHERE subject_id = $1 OR (changes::text LIKE '%' || $1 || '%') ORDER BY occurred_at`,
      [subject.id],
    );
    return { tables: [{ name: 'audit_events_about_you', description: 'What staff or the platform did to your account and records, when, and why.', rows: plainRows(rows) }], files: [] };
  }

  async eraseSubject(manager: EntityManager, { subject, requestId }: ErasureContext): Promise<ErasureReport> {
    // The database does the rewrite itself (audit_events_pseudonymise, the only way to change an
    // audit row): it takes the person from the erasure request and marks every row it rewrites.
    const [{ rows }] = await manager.query(`SELECT audit_events_pseudonymise($1, $2) AS rows`, [requestId, pseudonymFor(this.config.privacy.pseudonymKey, subject.id)]);
    return {
      erased: { audit_events_pseudonymised: rows },
      kept: rows > 0 ? [{ what: 'audit events, under a keyed pseudonym', count: rows, ground: 'Art. 17(3)(b) and (e): accountability of staff actions' }] : [],
    };
  }
}
