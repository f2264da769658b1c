import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentsService } from './consents.service.js';
import { PersonalDataRegistry } from './personal-data-registry.js';

export interface RecordOfProcessing {
  controller: string;
  generatedAt: string;
  purposes: { key: string; legalBasis: string; optional: boolean; version: number; description: string }[];
  processing: { context: string; categoriesOfData: string[]; categoriesOfPeople: string[]; recipients: string[]; retention: string }[];
  retentionSchedule: { kind: string; days: number; description: string }[];
  transfersOutsideEea: string;
  securityMeasures: string[];
}

const SECURITY = [
  'TLS for all traffic; passwords hashed with argon2id; short-lived access tokens with rotating refresh tokens',
  'role- and municipality-scoped access rules, enforced in SQL for lists and on every record',
  'append-only, database-enforced audit log of every staff action and consent ledger',
  'uploads checked by content, served as attachments with nosniff',
  'erasure verified by scanning every table after it runs',
];

/** Art. 30: generated from the purposes, the holders and the retention schedule, so it cannot drift. */
@Injectable()
export class RecordOfProcessingService {
  constructor(
    private readonly db: DataSource,
    private readonly consents: ConsentsService,
    @Inject(PersonalDataRegistry) private readonly registry: PersonalDataRegistry,
  ) {}

  async build(): Promise<RecordOfProcessing & { markdown: string }> {
    const purposes = await this.consents.purposes();
    const retention: { kind: string; days: number; description: string }[] = await this.db.query(`SELECT kind, days, description FROM retention_rules ORDER BY kind`);
    const record: RecordOfProcessing = {
      controller: 'The municipality using Samverka, with the platform operator as processor',
      generatedAt: new Date().toISOString(),
      purposes: purposes.map((purpose) => {
        const current = purpose.versions[purpose.versions.length - 1];
        return { key: purpose.key, legalBasis: purpose.legalBasis, optional: purpose.optional, version: current.version, description: current.textEn };
      }),
      processing: this.registry.holders.map((holder) => ({ ...holder.processing })),
      retentionSchedule: retention,
      transfersOutsideEea: 'none',
      securityMeasures: SECURITY,
    };
    return { ...record, markdown: toMarkdown(record) };
  }
}

function toMarkdown(record: RecordOfProcessing): string {
  return [
    '## Purposes',
    ...record.purposes.map((p) => `- **${p.key}** (${p.legalBasis}${p.optional ? ', optional' : ', required'}, text v${p.version}): ${p.description}`),
    '',
    '## What each part of the platform keeps',
    ...record.processing.flatMap((p) => [
      `### ${p.context}`,
      `- Data: ${p.categoriesOfData.join('; ')}`,
      `- About: ${p.categoriesOfPeople.join('; ')}`,
      `- Seen by: ${p.recipients.join('; ')}`,
      `- Kept: ${p.retention}`,
    ]),
    '',
    '## Retention schedule',
    ...record.retentionSchedule.map((r) => `- ${r.kind}: ${r.days} days (${r.description})`),
    '',
    `## Transfers outside the EU/EEA: ${record.transfersOutsideEea}`,
    '',
    '## Security measures',
    ...record.securityMeasures.map((m) => `- ${m}`),
    '',
  ].join('\n');
}
