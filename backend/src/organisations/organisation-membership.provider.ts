import { Injectable } from '@nestjs/common';
import { isAuthorityType } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { type OrganisationRelation, OrganisationRelations } from '../identity/organisation-relations.port.js';
import { VerifiedReporters } from '../moderation/verified-reporters.port.js';

/**
 * What other contexts ask of organisation membership: which organisations a person represents
 * (for /api/me), and whether they carry a valid police or municipality emblem (moderation).
 */
@Injectable()
export class OrganisationMembership implements OrganisationRelations, VerifiedReporters {
  constructor(private readonly db: DataSource) {}

  of(userId: string): Promise<OrganisationRelation[]> {
    return this.db.query(
      `SELECT o.id, o.name, m.role, m.title FROM organisation_members m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = $1 AND m.left_at IS NULL ORDER BY o.name`,
      [userId],
    );
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
