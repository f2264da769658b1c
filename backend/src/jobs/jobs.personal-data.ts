import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affected, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder } from '../privacy/personal-data-holder.js';

/**
 * The outbox: job payloads may name a person. Dispatched rows are history and go; on the final
 * pass every row naming them goes (nothing about them is left to do).
 */
@Injectable()
export class JobsPersonalData extends PersonalDataHolder {
  readonly order = 70;
  readonly processing = {
    context: 'jobs',
    categoriesOfData: ['references to people in queued work'],
    categoriesOfPeople: ['everyone with an account'],
    recipients: ['none'],
    retention: 'until the work is done',
  };

  async exportSubject(): Promise<ExportSection> {
    // Queued work is internal plumbing, not information about the person.
    return { tables: [], files: [] };
  }

  async eraseSubject(manager: EntityManager, { subject, final }: ErasureContext): Promise<ErasureReport> {
    const rows = affected(
      await manager.query(`DELETE FROM outbox_jobs WHERE ($3 OR dispatched_at IS NOT NULL) AND (payload::text LIKE '%' || $1 || '%' OR payload::text ILIKE '%' || $2 || '%') RETURNING id`, [
        subject.id,
        subject.email,
        final,
      ]),
    );
    return { erased: { queued_work: rows }, kept: [] };
  }
}
