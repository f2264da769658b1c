import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../platform/config/app-config.js';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, literalPattern, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';
import { pseudonymFor } from '../privacy/pseudonym.js';

/**
 * The audit log is kept in full (it is how the platform shows who did what: Art. 5(2), 17(3)(b)
 * and (e)), but without the person: their id becomes a keyed pseudonym wherever it appears (actor,
 * subject, inside changes and reasons) and their e-mail and name become "[erased]". The table stays
 * append-only; the migration Privacy1764633600000 lets exactly this rewrite through while
 * `samverka.erasure` is on in the erasure's own transaction.
 */
@Injectable()
export class AuditPersonalData extends PersonalDataHolder {
  readonly order = 100;
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

  async eraseSubject(manager: EntityManager, { subject }: ErasureContext): Promise<ErasureReport> {
    const pseudonym = pseudonymFor(this.config.privacy.pseudonymKey, subject.id);
    const patterns = [subject.email, subject.displayName].filter((text) => text.trim().length >= 3).map(literalPattern);
    const personal = patterns.length > 0 ? `(${patterns.join('|')})` : null;
    await manager.query(`SELECT set_config('samverka.erasure', 'on', true)`);
    const rows = affected(
      await manager.query(
        `UPDATE audit_events
            SET actor_id = CASE WHEN actor_id = $1 THEN $2::uuid ELSE actor_id END,
                subject_id = replace(subject_id, $1::text, $2::text),
                reason = CASE WHEN $3::text IS NULL THEN replace(reason, $1::text, $2::text)
                              ELSE regexp_replace(replace(reason, $1::text, $2::text), $3::text, '[erased]', 'gi') END,
                changes = CASE WHEN $3::text IS NULL THEN replace(changes::text, $1::text, $2::text)::jsonb
                               ELSE regexp_replace(replace(changes::text, $1::text, $2::text), $3::text, '[erased]', 'gi')::jsonb END
          WHERE actor_id = $1 OR subject_id = $1::text OR reason LIKE '%' || $1 || '%' OR changes::text LIKE '%' || $1 || '%'
             OR ($3::text IS NOT NULL AND (reason ~* $3::text OR changes::text ~* $3::text))
          RETURNING id`,
        [subject.id, pseudonym, personal],
      ),
    );
    await manager.query(`SELECT set_config('samverka.erasure', 'off', true)`);
    return { erased: { audit_events_pseudonymised: rows }, kept: rows > 0 ? [{ what: 'audit events, under a keyed pseudonym', count: rows, ground: 'Art. 17(3)(b) and (e): accountability of staff actions' }] : [] };
  }
}
