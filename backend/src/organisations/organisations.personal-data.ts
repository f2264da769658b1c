import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { affected, type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';

/**
 * Organisation memberships with their emblems, domain proofs and verification applications.
 * Erasure ends the memberships (emblems and proofs go with them, by cascade). Applications and
 * review decisions are the organisation's verification record: they stay, pointing at the empty
 * account row, and the evidence files lose their owner (the storage holder leaves them).
 */
@Injectable()
export class OrganisationsPersonalData extends PersonalDataHolder {
  readonly order = 40;
  readonly processing = {
    context: 'organisations',
    categoriesOfData: ['organisation memberships, titles and verified work e-mail', 'member emblems', 'verification applications and evidence', 'review decisions'],
    categoriesOfPeople: ['staff of police, municipalities and associations', 'coordinators reviewing them'],
    recipients: ['coordinators of the organisation’s municipalities', 'anyone checking a badge (organisation name and title only)'],
    retention: 'while the membership lasts; applications as the organisation’s verification record; evidence of rejected applications for the retention period',
  };

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const memberships = await manager.query(
      `SELECT o.name AS organisation, o.type, m.title, m.role, m.verified_email, m.confirmed_at, m.joined_at, m.left_at
         FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.joined_at`,
      [subject.id],
    );
    const emblems = await manager.query(
      `SELECT o.name AS organisation, b.code, b.title, b.status, b.issued_at, b.valid_until
         FROM badges b JOIN organisation_members m ON m.id = b.member_id JOIN organisations o ON o.id = b.organisation_id WHERE m.user_id = $1 ORDER BY b.issued_at`,
      [subject.id],
    );
    const applications = await manager.query(
      `SELECT o.name AS organisation, a.kind, a.status, a.message, a.response, a.created_at, a.decided_at
         FROM verification_applications a JOIN organisations o ON o.id = a.organisation_id WHERE a.applicant_id = $1 ORDER BY a.created_at`,
      [subject.id],
    );
    const evidence: { file_id: string }[] = await manager.query(`SELECT e.file_id FROM application_evidence e JOIN verification_applications a ON a.id = e.application_id WHERE a.applicant_id = $1`, [
      subject.id,
    ]);
    return {
      tables: [
        { name: 'organisation_memberships', description: 'Organisations you belong to, your title and role, and your verified work e-mail.', rows: plainRows(memberships) },
        { name: 'badges_and_emblems', description: 'Member emblems issued to you and whether they are valid.', rows: plainRows(emblems) },
        { name: 'verification_applications', description: 'Applications you made to have an organisation verified (reviewers are left out).', rows: plainRows(applications) },
      ],
      files: evidence.map(({ file_id }) => ({ fileId: file_id, name: `evidence-${file_id}` })),
    };
  }

  async eraseSubject(manager: EntityManager, { subject }: ErasureContext): Promise<ErasureReport> {
    const proofs = affected(await manager.query(`DELETE FROM domain_proofs WHERE user_id = $1 RETURNING id`, [subject.id]));
    const memberships = affected(await manager.query(`DELETE FROM organisation_members WHERE user_id = $1 RETURNING id`, [subject.id]));
    for (const [table, column] of [
      ['organisations', 'created_by'],
      ['allowed_email_domains', 'created_by'],
      ['badges', 'status_changed_by'],
    ] as const) {
      await manager.query(`UPDATE ${table} SET ${column} = NULL WHERE ${column} = $1`, [subject.id]);
    }
    const [{ applications }] = await manager.query(`SELECT count(*)::int AS applications FROM verification_applications WHERE applicant_id = $1`, [subject.id]);
    const [{ reviews }] = await manager.query(`SELECT count(*)::int AS reviews FROM verification_decisions WHERE reviewer_id = $1`, [subject.id]);
    const kept = [];
    if (applications > 0) kept.push({ what: 'verification applications, pointing at the empty account row', count: applications, ground: 'Art. 17(3)(e): the organisation’s verification record' });
    if (reviews > 0) kept.push({ what: 'review decisions the person made as staff', count: reviews, ground: 'Art. 17(3)(b): four-eyes accountability for verifying authorities' });
    return { erased: { organisation_memberships_and_emblems: memberships, domain_proofs: proofs }, kept };
  }
}
