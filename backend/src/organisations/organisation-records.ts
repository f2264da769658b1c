import {
  type BadgeRecord,
  type DecisionRecord,
  type EvidenceRecord,
  isAuthorityType,
  type OrganisationMemberRecord,
  type OrganisationRecord,
  REVIEW_TARGET_WORKING_DAYS,
  type VerificationApplicationRecord,
  workingDaysBetween,
} from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import type { LinkedList } from '../access/ability-scope.js';
import { MAX_PROOF_ATTEMPTS } from './domain-proof.service.js';
import { verifyPageUrl } from './verify-page/verify-page.routes.js';

/** Reads whole records for the API in a few set-based queries, whatever the page size. */

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());
const groupBy = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

/** SQL giving the municipalities an organisation serves, as an array for its record. */
export const municipalitiesOf = (organisationIdColumn: string) => `ARRAY(SELECT om.municipality_id FROM organisation_municipalities om WHERE om.organisation_id = ${organisationIdColumn})`;

/** The municipalities an organisation serves, for CASL scoping as a semi-join on the link table. */
export const servedMunicipalities = (organisationIdColumn: string): LinkedList => ({
  key: organisationIdColumn,
  keysLinkedTo: (values) => `SELECT om.organisation_id FROM organisation_municipalities om WHERE om.municipality_id = ANY(${values})`,
});

/** The users who administer an organisation, for CASL scoping as a semi-join on its members. */
export const administrators = (organisationIdColumn: string): LinkedList => ({
  key: organisationIdColumn,
  keysLinkedTo: (values) => `SELECT m.organisation_id FROM organisation_members m WHERE m.user_id = ANY(${values}) AND m.role = 'admin' AND m.left_at IS NULL`,
});

/** An organisation's active members, whatever their role there, as a semi-join on its members. */
export const members = (organisationIdColumn: string): LinkedList => ({
  key: organisationIdColumn,
  keysLinkedTo: (values) => `SELECT m.organisation_id FROM organisation_members m WHERE m.user_id = ANY(${values}) AND m.left_at IS NULL`,
});

/** Badge validity is computed, never stored: an expiry needs no job to take effect. */
export const ORGANISATION_BADGE_VALID_SQL = `(b.status = 'active' AND b.valid_until > now())`;

export async function loadOrganisations(manager: EntityManager, ids: string[]): Promise<OrganisationRecord[]> {
  if (ids.length === 0) return [];
  const rows: any[] = await manager.query(
    `SELECT o.*, ${municipalitiesOf('o.id')} AS municipality_ids,
            (SELECT max(b.valid_until) FROM badges b WHERE b.organisation_id = o.id AND b.kind = 'organisation' AND ${ORGANISATION_BADGE_VALID_SQL}) AS verified_until
       FROM organisations o WHERE o.id = ANY($1)`,
    [ids],
  );
  const members: any[] = await manager.query(
    `SELECT m.*, u.display_name FROM organisation_members m JOIN users u ON u.id = m.user_id
      WHERE m.organisation_id = ANY($1) ORDER BY m.left_at NULLS FIRST, m.joined_at`,
    [ids],
  );
  const membersByOrg = groupBy(members, (m) => m.organisation_id);
  const byId = new Map(
    rows.map((o): [string, OrganisationRecord] => {
      const orgMembers = (membersByOrg.get(o.id) ?? []).map(toMemberRecord);
      return [
        o.id,
        {
          id: o.id,
          name: o.name,
          type: o.type,
          organisationNumber: o.organisation_number,
          municipalityIds: o.municipality_ids,
          emailDomain: o.email_domain,
          description: o.description,
          contact: o.contact,
          adminIds: orgMembers.filter((m) => m.role === 'admin' && !m.leftAt).map((m) => m.userId),
          verified: o.verified_until !== null,
          verifiedUntil: iso(o.verified_until),
          members: orgMembers,
          createdAt: iso(o.created_at)!,
        },
      ];
    }),
  );
  return ids.map((id) => byId.get(id)).filter((o): o is OrganisationRecord => o !== undefined);
}

function toMemberRecord(m: any): OrganisationMemberRecord {
  return {
    id: m.id,
    userId: m.user_id,
    displayName: m.display_name,
    title: m.title,
    role: m.role,
    verifiedEmail: m.verified_email,
    confirmed: m.confirmed_at !== null,
    joinedAt: iso(m.joined_at)!,
    leftAt: iso(m.left_at),
  };
}

export async function loadApplications(manager: EntityManager, ids: string[], now: Date): Promise<VerificationApplicationRecord[]> {
  if (ids.length === 0) return [];
  const rows: any[] = await manager.query(
    `SELECT a.*, o.name AS organisation_name, o.organisation_number, o.email_domain, u.display_name AS applicant_name,
            ${municipalitiesOf('a.organisation_id')} AS municipality_ids,
            (SELECT count(DISTINCT d.reviewer_id)::int FROM verification_decisions d WHERE d.application_id = a.id AND d.decision = 'approve') AS approvals
       FROM verification_applications a
       JOIN organisations o ON o.id = a.organisation_id
       JOIN users u ON u.id = a.applicant_id
      WHERE a.id = ANY($1)`,
    [ids],
  );
  const evidence: any[] = await manager.query(
    `SELECT e.application_id, f.id, f.original_name, f.content_type, f.size_bytes, f.sha256, e.created_at
       FROM application_evidence e JOIN stored_files f ON f.id = e.file_id WHERE e.application_id = ANY($1) ORDER BY e.created_at`,
    [ids],
  );
  const decisions: any[] = await manager.query(
    `SELECT d.*, u.display_name AS reviewer_name FROM verification_decisions d JOIN users u ON u.id = d.reviewer_id
      WHERE d.application_id = ANY($1) ORDER BY d.created_at`,
    [ids],
  );
  const proofs: any[] = await manager.query(
    `SELECT DISTINCT ON (p.application_id) p.application_id, p.email, p.confirmed_at, p.expires_at, p.attempts
       FROM domain_proofs p WHERE p.application_id = ANY($1) ORDER BY p.application_id, p.confirmed_at NULLS LAST, p.created_at DESC`,
    [ids],
  );
  const evidenceByApp = groupBy(evidence, (e) => e.application_id);
  const decisionsByApp = groupBy(decisions, (d) => d.application_id);
  const proofByApp = new Map(proofs.map((p) => [p.application_id, p]));
  const byId = new Map(
    rows.map((a): [string, VerificationApplicationRecord] => {
      const createdAt = new Date(a.created_at);
      const age = workingDaysBetween(createdAt, a.decided_at ? new Date(a.decided_at) : now);
      const proof = proofByApp.get(a.id);
      return [
        a.id,
        {
          id: a.id,
          organisationId: a.organisation_id,
          organisationName: a.organisation_name,
          organisationType: a.organisation_type,
          organisationNumber: a.organisation_number,
          municipalityIds: a.municipality_ids,
          emailDomain: a.email_domain,
          applicantId: a.applicant_id,
          applicantName: a.applicant_name,
          kind: a.kind,
          status: a.status,
          message: a.message,
          response: a.response,
          requiredApprovals: a.required_approvals,
          approvals: a.approvals,
          domainProof: {
            required: isAuthorityType(a.organisation_type) && a.kind === 'initial',
            email: proof?.email ?? null,
            confirmedAt: iso(proof?.confirmed_at ?? null),
            expiresAt: iso(proof?.expires_at ?? null),
            attemptsLeft: proof ? MAX_PROOF_ATTEMPTS - proof.attempts : null,
          },
          evidence: (evidenceByApp.get(a.id) ?? []).map((e): EvidenceRecord => ({
            id: e.id,
            originalName: e.original_name,
            contentType: e.content_type,
            sizeBytes: Number(e.size_bytes), // bigint arrives as a string
            sha256: e.sha256,
            uploadedAt: iso(e.created_at)!,
          })),
          decisions: (decisionsByApp.get(a.id) ?? []).map((d): DecisionRecord => ({
            id: d.id,
            reviewerId: d.reviewer_id,
            reviewerName: d.reviewer_name,
            decision: d.decision,
            grounds: d.grounds,
            decidedAt: iso(d.created_at)!,
          })),
          ageWorkingDays: age,
          targetWorkingDays: REVIEW_TARGET_WORKING_DAYS,
          overdue: !a.decided_at && age > REVIEW_TARGET_WORKING_DAYS,
          createdAt: iso(a.created_at)!,
          updatedAt: iso(a.updated_at)!,
          decidedAt: iso(a.decided_at),
        },
      ];
    }),
  );
  return ids.map((id) => byId.get(id)).filter((a): a is VerificationApplicationRecord => a !== undefined);
}

/**
 * Badge rows with validity: an organisation badge is valid while active and unexpired; a member
 * emblem while active, its holder still a member, and the organisation's current badge valid.
 */
export const BADGE_SELECT = `
  SELECT b.*, m.user_id, u.display_name AS holder_name,
         CASE WHEN b.kind = 'organisation' THEN ${ORGANISATION_BADGE_VALID_SQL}
              ELSE b.status = 'active' AND m.left_at IS NULL AND ob.id IS NOT NULL END AS valid,
         CASE WHEN b.kind = 'organisation' THEN b.valid_until ELSE ob.valid_until END AS effective_valid_until
    FROM badges b
    LEFT JOIN organisation_members m ON m.id = b.member_id
    LEFT JOIN users u ON u.id = m.user_id
    LEFT JOIN LATERAL (
      SELECT ob.id, ob.valid_until FROM badges ob
       WHERE ob.organisation_id = b.organisation_id AND ob.kind = 'organisation' AND ob.status = 'active' AND ob.valid_until > now()
       ORDER BY ob.valid_until DESC LIMIT 1
    ) ob ON b.kind = 'member'`;

/** Whole badge records; `publicUrl` is where the page that proves each one lives (PUBLIC_URL). */
export async function loadBadges(manager: EntityManager, ids: string[], publicUrl: string): Promise<BadgeRecord[]> {
  if (ids.length === 0) return [];
  const rows: any[] = await manager.query(`${BADGE_SELECT} WHERE b.id = ANY($1)`, [ids]);
  const admins: { organisation_id: string; user_ids: string[] }[] = await manager.query(
    `SELECT organisation_id, array_agg(user_id ORDER BY user_id) AS user_ids FROM organisation_members
      WHERE organisation_id = ANY($1) AND role = 'admin' AND left_at IS NULL GROUP BY organisation_id`,
    [[...new Set(rows.map((b) => b.organisation_id))]],
  );
  const adminsOf = new Map(admins.map((row) => [row.organisation_id, row.user_ids]));
  const byId = new Map(rows.map((b) => [b.id, { ...toBadgeRecord(b, publicUrl), organisationAdminIds: adminsOf.get(b.organisation_id) ?? [] }]));
  return ids.map((id) => byId.get(id)).filter((b): b is BadgeRecord => b !== undefined);
}

/** One row of BADGE_SELECT as a record; its organisation's admins are left to loadBadges. */
export function toBadgeRecord(b: any, publicUrl: string): BadgeRecord {
  return {
    id: b.id,
    code: b.code,
    kind: b.kind,
    status: b.status,
    organisationId: b.organisation_id,
    organisationName: b.verified_name,
    organisationType: b.verified_type,
    organisationNumber: b.verified_number,
    municipalityIds: b.verified_municipality_ids,
    organisationAdminIds: [],
    memberId: b.member_id,
    userId: b.user_id ?? null,
    holderName: b.holder_name ?? null,
    title: b.title,
    applicationId: b.application_id,
    issuedAt: iso(b.issued_at)!,
    validUntil: iso(b.effective_valid_until),
    valid: b.valid === true,
    approvedBy: b.approved_by,
    reviewerRefs: b.reviewer_refs,
    statusReason: b.status_reason,
    statusChangedAt: iso(b.status_changed_at),
    verifyUrl: verifyPageUrl(publicUrl, b.code),
  };
}
