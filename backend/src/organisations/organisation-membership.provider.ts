import { Injectable } from '@nestjs/common';
import { BadgeStatus, isAuthorityType } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { LinkedList } from '../access/ability-scope.js';
import { type OrganisationRelation, OrganisationRelations, type OrganisationSummary } from '../identity/organisation-relations.port.js';
import { VerifiedReporters } from '../moderation/verified-reporters.port.js';
import { members, ORGANISATION_BADGE_VALID_SQL } from './organisation-records.js';

interface MembershipRow {
  id: string;
  name: string;
  role: string;
  title: string;
  badge_code: string | null;
  badge_valid_until: Date | null;
  emblem_code: string | null;
  emblem_status: BadgeStatus | null;
}

/** An emblem is valid while it is active and its organisation's badge is: an active one under an expired badge reads as expired, as the public check says. */
function toRelation(row: MembershipRow): OrganisationRelation {
  const badge = row.badge_code && row.badge_valid_until ? { code: row.badge_code, validUntil: row.badge_valid_until.toISOString() } : null;
  const valid = row.emblem_status === BadgeStatus.Active && badge !== null;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    title: row.title,
    verified: badge !== null,
    badge,
    emblem:
      row.emblem_code && row.emblem_status
        ? { code: row.emblem_code, status: row.emblem_status === BadgeStatus.Active && !badge ? BadgeStatus.Expired : row.emblem_status, valid, validUntil: valid && badge ? badge.validUntil : null }
        : null,
  };
}

/**
 * What other contexts ask of organisation membership: which organisations a person represents
 * (for /api/me), and whether they carry a valid police or municipality emblem (moderation).
 */
@Injectable()
export class OrganisationMembership implements OrganisationRelations, VerifiedReporters {
  constructor(private readonly db: DataSource) {}

  /** With the organisation's current badge and the person's own emblem, for their start page. */
  async of(userId: string): Promise<OrganisationRelation[]> {
    const rows: MembershipRow[] = await this.db.query(
      `SELECT o.id, o.name, m.role, m.title, ob.code AS badge_code, ob.valid_until AS badge_valid_until, e.code AS emblem_code, e.status AS emblem_status
         FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
         LEFT JOIN LATERAL (
           SELECT b.code, b.valid_until FROM badges b WHERE b.organisation_id = o.id AND b.kind = 'organisation' AND ${ORGANISATION_BADGE_VALID_SQL}
            ORDER BY b.valid_until DESC LIMIT 1) ob ON TRUE
         LEFT JOIN LATERAL (
           SELECT b.code, b.status FROM badges b WHERE b.member_id = m.id AND b.kind = 'member' AND b.status <> 'superseded'
            ORDER BY b.issued_at DESC LIMIT 1) e ON TRUE
        WHERE m.user_id = $1 AND m.left_at IS NULL ORDER BY o.name`,
      [userId],
    );
    return rows.map(toRelation);
  }

  async speaksFor(userId: string, organisationId: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM organisation_members m
         JOIN badges b ON b.organisation_id = m.organisation_id AND b.kind = 'organisation' AND b.status = 'active' AND b.valid_until > now()
        WHERE m.user_id = $1 AND m.organisation_id = $2 AND m.left_at IS NULL`,
      [userId, organisationId],
    );
    return rows.length > 0;
  }

  async badgeCodes(organisationIds: string[]): Promise<Map<string, string>> {
    if (organisationIds.length === 0) return new Map();
    const rows: { organisation_id: string; code: string }[] = await this.db.query(
      `SELECT organisation_id, code FROM badges WHERE organisation_id = ANY($1::uuid[]) AND kind = 'organisation' AND status = 'active' AND valid_until > now()`,
      [organisationIds],
    );
    return new Map(rows.map((row) => [row.organisation_id, row.code]));
  }

  async exists(organisationId: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId])).length > 0;
  }

  async isVerifiedAuthority(organisationId: string): Promise<boolean> {
    const rows: { type: string }[] = await this.db.query(
      `SELECT o.type FROM organisations o
         JOIN badges b ON b.organisation_id = o.id AND b.kind = 'organisation' AND b.status = 'active' AND b.valid_until > now()
        WHERE o.id = $1 LIMIT 1`,
      [organisationId],
    );
    return rows.length > 0 && isAuthorityType(rows[0].type);
  }

  async memberIds(organisationId: string, manager: EntityManager = this.db.manager): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(`SELECT user_id FROM organisation_members WHERE organisation_id = $1 AND left_at IS NULL`, [organisationId]);
    return rows.map((row) => row.user_id);
  }

  membersLinked(organisationIdColumn: string): LinkedList {
    return members(organisationIdColumn);
  }

  async summaries(organisationIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, OrganisationSummary>> {
    if (organisationIds.length === 0) return new Map();
    const rows: { id: string; name: string; municipality_id: string | null }[] = await manager.query(
      `SELECT o.id, o.name, (SELECT om.municipality_id FROM organisation_municipalities om WHERE om.organisation_id = o.id ORDER BY om.municipality_id LIMIT 1) AS municipality_id
         FROM organisations o WHERE o.id = ANY($1::uuid[])`,
      [[...new Set(organisationIds)]],
    );
    return new Map(rows.map((row) => [row.id, { name: row.name, municipalityId: row.municipality_id }]));
  }

  async kindOf(userId: string): Promise<'verified_police' | 'verified_municipality' | null> {
    const rows: { type: 'police' | 'municipality' }[] = await this.db.query(
      `SELECT o.type FROM organisation_members m
         JOIN organisations o ON o.id = m.organisation_id
         JOIN badges b ON b.member_id = m.id AND b.kind = 'member' AND b.status = 'active'
         JOIN badges ob ON ob.organisation_id = o.id AND ob.kind = 'organisation' AND ob.status = 'active' AND ob.valid_until > now()
        WHERE m.user_id = $1 AND m.left_at IS NULL AND o.type IN ('police', 'municipality')
        ORDER BY o.type = 'police' DESC LIMIT 1`,
      [userId],
    );
    if (rows.length === 0) return null;
    return rows[0].type === 'police' ? 'verified_police' : 'verified_municipality';
  }
}
