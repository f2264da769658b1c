import { Injectable } from '@nestjs/common';
import type { Role, UserStatus } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { PreparedStatement } from '../../platform/database/prepared-statement.js';
import { MunicipalityScope } from './municipality-scope.entity.js';
import { User } from './user.entity.js';

/** What the rules need to know about a person. */
export interface AccessFacts {
  id: string;
  status: UserStatus;
  roles: Role[];
  municipalityIds: string[];
  /** Verified police organisations (active organisation badge) the person is a member of. */
  policeOrganisationIds: string[];
}

/** Read by every authenticated request. */
const ACCESS_VERSION = new PreparedStatement<{ status: UserStatus; access_version: string }>(`SELECT status, access_version FROM users WHERE id = $1`);

/** Queries on users owned by the identity context. */
@Injectable()
export class UsersRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The account's status and access version (moved by the database whenever its rules or
   * sessions change): the one read an authenticated request makes when its ability is cached.
   */
  async findAccessVersion(id: string): Promise<{ status: UserStatus; version: string } | null> {
    const rows = await ACCESS_VERSION.rows(this.db, [id]);
    return rows[0] ? { status: rows[0].status, version: rows[0].access_version } : null;
  }

  async findAccessFacts(id: string): Promise<AccessFacts | null> {
    const rows: { id: string; status: UserStatus; roles: Role[]; municipality_ids: string[]; police_organisation_ids: string[] }[] = await this.db.query(
      `SELECT u.id, u.status, u.roles,
              coalesce(array_agg(s.municipality_id) FILTER (WHERE s.municipality_id IS NOT NULL), '{}') AS municipality_ids,
              array(SELECT m.organisation_id FROM organisation_members m
                      JOIN organisations o ON o.id = m.organisation_id AND o.type = 'police'
                      JOIN badges b ON b.organisation_id = o.id AND b.kind = 'organisation' AND b.status = 'active' AND b.valid_until > now()
                     WHERE m.user_id = u.id AND m.left_at IS NULL) AS police_organisation_ids
         FROM users u LEFT JOIN user_municipality_scopes s ON s.user_id = u.id
        WHERE u.id = $1
        GROUP BY u.id`,
      [id],
    );
    const row = rows[0];
    return row ? { id: row.id, status: row.status, roles: row.roles, municipalityIds: row.municipality_ids, policeOrganisationIds: row.police_organisation_ids } : null;
  }

  /** The account with its password hash, for sign-in only. */
  findForSignIn(email: string): Promise<User | null> {
    return this.db.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email: email.trim().toLowerCase() }).getOne();
  }

  findByInvitationTokenHash(manager: EntityManager, tokenHash: string): Promise<User | null> {
    return manager.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.invitationTokenHash = :tokenHash', { tokenHash }).getOne();
  }

  /** Display names of several people at once, for a page of records that name them. */
  async displayNames(userIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await manager.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [[...new Set(userIds)]]);
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  /** The active account with exactly this e-mail, for a context that adds a person by address. */
  async activeIdByEmail(manager: EntityManager, email: string): Promise<string | null> {
    const [row]: { id: string }[] = await manager.query(`SELECT id FROM users WHERE email = $1 AND status = 'active'`, [email]);
    return row?.id ?? null;
  }

  /** The active accounts holding any of these roles, with where and in which language to write to them. */
  async activeWithRoles(manager: EntityManager, roles: readonly Role[]): Promise<{ id: string; email: string; language: string | null }[]> {
    if (roles.length === 0) return [];
    return manager.query(`SELECT id, email, language FROM users WHERE roles && $1::text[] AND status = 'active' ORDER BY id`, [roles]);
  }

  /** E-mail addresses of several people at once, for a context that writes to them. */
  async emailsOf(manager: EntityManager, userIds: string[]): Promise<Map<string, string>> {
    if (userIds.length === 0) return new Map();
    const rows: { id: string; email: string }[] = await manager.query(`SELECT id, email FROM users WHERE id = ANY($1::uuid[])`, [[...new Set(userIds)]]);
    return new Map(rows.map((row) => [row.id, row.email]));
  }

  /** Municipality scopes of several users at once, for a list page. */
  async scopesOf(userIds: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string[]>> {
    const scopes = new Map<string, string[]>(userIds.map((id) => [id, []]));
    if (userIds.length === 0) return scopes;
    const rows = await manager.getRepository(MunicipalityScope).createQueryBuilder('s').where('s.userId = ANY(:userIds)', { userIds }).orderBy('s.municipalityId').getMany();
    for (const row of rows) scopes.get(row.userId)?.push(row.municipalityId);
    return scopes;
  }

  async replaceScopes(manager: EntityManager, userId: string, municipalityIds: string[]): Promise<void> {
    await manager.delete(MunicipalityScope, { userId });
    if (municipalityIds.length > 0) {
      await manager.insert(
        MunicipalityScope,
        municipalityIds.map((municipalityId) => ({ userId, municipalityId })),
      );
    }
  }
}
