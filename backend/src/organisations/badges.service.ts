import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Action, addSwedishMonths, AuditAction, type BadgeRecord, BadgeStatus, isAuthorityType, type PublicBadgeRecord, recordOf, Subject, type VerificationApplicationRecord } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { MunicipalitiesService } from '../identity/municipalities/municipalities.service.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import { NotifyService } from '../notify/notify.service.js';
import { AppConfig } from '../platform/config/app-config.js';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { BADGES_LIST, type BadgeFilterDto } from './dto/organisation.dto.js';
import { Badge } from './entities/badge.entity.js';
import { Organisation, type OrganisationMember, OrganisationTypeSetting } from './entities/organisation.entity.js';
import { administrators, BADGE_SELECT, loadBadges, toBadgeRecord } from './organisation-records.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';
import { reviewerRefUnder } from './reviewer-ref.js';

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const SORT_COLUMNS: Record<string, string> = { issuedAt: 'b.issued_at', validUntil: 'b.valid_until', status: 'b.status' };
const STATUS_WORDS: Record<string, { sv: string; en: string }> = {
  revoked: { sv: 'återkallad', en: 'revoked' },
  suspended: { sv: 'avstängd', en: 'suspended' },
  active: { sv: 'återinförd', en: 'reinstated' },
};

/** Issues, withdraws and answers for badges: the organisation badge and the member emblems. */
@Injectable()
export class BadgesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly keys: Keys,
    private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly municipalities: MunicipalitiesService,
  ) {}

  async list(caller: Caller, query: ListQuery<BadgeFilterDto>): Promise<Page<BadgeRecord>> {
    const qb = this.db.getRepository(Badge).createQueryBuilder('b').select('b.id', 'id');
    scopeQuery(qb, caller.ability, Action.Read, Subject.Badge, { municipalityIds: { anyOf: 'b.verified_municipality_ids' }, organisationAdminIds: administrators('b.organisation_id') });
    const { organisationId, status, kind, id } = query.filter;
    if (organisationId) qb.andWhere('b.organisation_id = :organisationId', { organisationId });
    if (status) qb.andWhere('b.status = :status', { status });
    if (kind) qb.andWhere('b.kind = :kind', { kind });
    if (id) qb.andWhere('b.id = ANY(:ids)', { ids: id });
    const total = await qb.getCount();
    const rows: { id: string }[] = await qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order, 'NULLS LAST').addOrderBy('b.id').offset(query.offset).limit(query.limit).getRawMany();
    return new Page(
      BADGES_LIST.resource,
      await loadBadges(
        this.db.manager,
        rows.map((row) => row.id),
        this.config.publicUrl,
      ),
      query.offset,
      total,
    );
  }

  async get(caller: Caller, id: string): Promise<BadgeRecord> {
    const record = await this.loadRecord(this.db.manager, id);
    this.assertMay(caller, Action.Read, record);
    return record;
  }

  revoke(caller: Caller, id: string, reason: string): Promise<BadgeRecord> {
    return this.changeStatus(caller, id, reason, Action.Revoke, [BadgeStatus.Active, BadgeStatus.Suspended], BadgeStatus.Revoked, AuditAction.BadgeRevoked);
  }

  suspend(caller: Caller, id: string, reason: string): Promise<BadgeRecord> {
    return this.changeStatus(caller, id, reason, Action.Suspend, [BadgeStatus.Active], BadgeStatus.Suspended, AuditAction.BadgeSuspended);
  }

  reinstate(caller: Caller, id: string, reason: string): Promise<BadgeRecord> {
    return this.changeStatus(caller, id, reason, Action.Suspend, [BadgeStatus.Suspended], BadgeStatus.Active, AuditAction.BadgeReinstated);
  }

  /** The organisation badge for an approved application; a renewal replaces the current one. */
  async issueForApplication(manager: EntityManager, application: VerificationApplicationRecord, approvers: string[], actorId: string, requestId: string): Promise<Badge> {
    const organisation = await manager.findOneByOrFail(Organisation, { id: application.organisationId });
    const setting = await manager.findOneByOrFail(OrganisationTypeSetting, { type: organisation.type });
    const current = await manager.findOneBy(Badge, { organisationId: organisation.id, kind: 'organisation', status: BadgeStatus.Active });
    if (current) await manager.update(Badge, { id: current.id }, { status: BadgeStatus.Superseded, statusChangedAt: new Date(), statusChangedBy: actorId });
    // Calendar months in Stockholm: issued on 31 August for 6 months, valid to 28/29 February, not 3 March.
    const validUntil = addSwedishMonths(new Date(), setting.badgeValidityMonths);
    const badge = await manager.save(
      manager.create(Badge, {
        code: newBadgeCode(),
        kind: 'organisation',
        status: BadgeStatus.Active,
        organisationId: organisation.id,
        applicationId: application.id,
        memberId: null,
        verifiedName: organisation.name,
        verifiedType: organisation.type,
        verifiedNumber: organisation.organisationNumber,
        verifiedMunicipalityIds: application.municipalityIds,
        title: null,
        validUntil,
        renewal: application.kind === 'renewal',
        approvedBy: approvers,
        reviewerRefs: approvers.map((id) => this.reviewerRef(id)),
      }),
    );
    await this.audit.record(manager, {
      actorId,
      action: current ? AuditAction.BadgeRenewed : AuditAction.BadgeIssued,
      subjectType: Subject.Badge,
      subjectId: badge.id,
      municipalityId: application.municipalityIds[0] ?? null,
      changes: { validUntil: { before: current?.validUntil?.toISOString() ?? null, after: validUntil.toISOString() }, approvedBy: { before: null, after: approvers } },
      requestId,
    });
    return badge;
  }

  /**
   * An emblem for each member who qualifies and has none: for police and municipality only a
   * member who confirmed an address at the organisation's domain by code.
   */
  async issueMemberEmblems(manager: EntityManager, organisationId: string, actorId: string, requestId: string): Promise<number> {
    const organisation = await manager.findOneByOrFail(Organisation, { id: organisationId });
    const current = await manager.query(`SELECT id FROM badges WHERE organisation_id = $1 AND kind = 'organisation' AND status = 'active' AND valid_until > now()`, [organisationId]);
    if (current.length === 0) return 0;
    const members: OrganisationMember[] = await manager.query(
      `SELECT m.id, m.title, m.user_id AS "userId", m.verified_email AS "verifiedEmail" FROM organisation_members m
        WHERE m.organisation_id = $1 AND m.left_at IS NULL
          AND ($2 = false OR (m.confirmed_at IS NOT NULL AND split_part(m.verified_email, '@', 2) = $3))
          AND NOT EXISTS (SELECT 1 FROM badges b WHERE b.member_id = m.id AND b.status IN ('active', 'suspended'))`,
      [organisationId, isAuthorityType(organisation.type), organisation.emailDomain],
    );
    const municipalityIds: string[] = (await manager.query(`SELECT municipality_id FROM organisation_municipalities WHERE organisation_id = $1 ORDER BY municipality_id`, [organisationId])).map(
      (row: { municipality_id: string }) => row.municipality_id,
    );
    for (const member of members) {
      const emblem = await manager.save(
        manager.create(Badge, {
          code: newBadgeCode(),
          kind: 'member',
          status: BadgeStatus.Active,
          organisationId,
          applicationId: null,
          memberId: member.id,
          verifiedName: organisation.name,
          verifiedType: organisation.type,
          verifiedNumber: organisation.organisationNumber,
          verifiedMunicipalityIds: municipalityIds,
          title: member.title,
          validUntil: null,
        }),
      );
      await this.audit.record(manager, {
        actorId,
        action: AuditAction.BadgeIssued,
        subjectType: Subject.Badge,
        subjectId: emblem.id,
        municipalityId: municipalityIds[0] ?? null,
        changes: { memberId: { before: null, after: member.id }, title: { before: null, after: member.title } },
        requestId,
      });
    }
    return members.length;
  }

  /** A member who leaves loses the emblem at once. */
  async revokeMemberEmblem(manager: EntityManager, memberId: string, reason: string, actorId: string, requestId: string): Promise<void> {
    const emblems = await manager.findBy(Badge, { memberId, kind: 'member' });
    for (const emblem of emblems.filter((badge) => badge.status === BadgeStatus.Active || badge.status === BadgeStatus.Suspended)) {
      await manager.update(Badge, { id: emblem.id }, { status: BadgeStatus.Revoked, statusReason: reason, statusChangedAt: new Date(), statusChangedBy: actorId });
      await this.audit.record(manager, {
        actorId,
        action: AuditAction.BadgeRevoked,
        subjectType: Subject.Badge,
        subjectId: emblem.id,
        municipalityId: emblem.verifiedMunicipalityIds[0] ?? null,
        reason,
        changes: { status: { before: emblem.status, after: BadgeStatus.Revoked } },
        requestId,
      });
    }
  }

  /** What anyone may know about a badge: validity, what it verifies, and a name and title at most. */
  async publicByCode(code: string): Promise<PublicBadgeRecord> {
    const rows = await this.db.query(`${BADGE_SELECT} WHERE b.code = $1 AND b.status <> 'superseded'`, [code.trim().toUpperCase()]);
    if (rows.length === 0) throw new OrganisationsError(OrganisationsErrorCode.BadgeNotFound, `No badge with code ${code}`);
    return (await this.toPublic([toBadgeRecord(rows[0], this.config.publicUrl)]))[0];
  }

  /** The emblems a person carries, for the app to show next to their name. */
  async publicByUser(userId: string): Promise<PublicBadgeRecord[]> {
    const rows = await this.db.query(`${BADGE_SELECT} WHERE m.user_id = $1 AND b.kind = 'member' AND b.status IN ('active', 'suspended') ORDER BY b.issued_at DESC`, [userId]);
    return this.toPublic(rows.map((row: unknown) => toBadgeRecord(row, this.config.publicUrl)));
  }

  /** A stable pseudonym for a reviewer: the same person always gets the same one, and it cannot be reversed without the server secret. */
  reviewerRef(userId: string): string {
    return reviewerRefUnder(this.keys.for(KeyPurpose.ReviewerRef), userId);
  }

  async loadRecord(manager: EntityManager, id: string): Promise<BadgeRecord> {
    const [record] = await loadBadges(manager, [id], this.config.publicUrl);
    if (!record) throw new OrganisationsError(OrganisationsErrorCode.BadgeNotFound, `No badge with id ${id}`);
    return record;
  }

  private async toPublic(records: BadgeRecord[]): Promise<PublicBadgeRecord[]> {
    const ids = [...new Set(records.flatMap((record) => record.municipalityIds))];
    const names = await this.municipalities.namesOf(ids);
    const organisationBadges: { organisation_id: string; reviewer_refs: string[]; issued_at: Date }[] = await this.db.query(
      `SELECT DISTINCT ON (organisation_id) organisation_id, reviewer_refs, issued_at FROM badges
        WHERE kind = 'organisation' AND organisation_id = ANY($1) AND status IN ('active', 'suspended') ORDER BY organisation_id, issued_at DESC`,
      [records.map((record) => record.organisationId)],
    );
    const byOrganisation = new Map(organisationBadges.map((row) => [row.organisation_id, row]));
    return records.map((record) => ({
      code: record.code,
      kind: record.kind,
      valid: record.valid,
      status: record.status === BadgeStatus.Active && !record.valid && record.kind === 'organisation' ? BadgeStatus.Expired : record.status,
      verifies: {
        organisation: {
          name: record.organisationName,
          type: record.organisationType,
          organisationNumber: record.organisationNumber,
          municipalities: record.municipalityIds.map((id) => names.get(id) ?? id),
        },
        holder: record.kind === 'member' ? { name: record.holderName ?? '', title: record.title ?? '' } : null,
      },
      verifiedAt: record.issuedAt,
      validUntil: record.validUntil,
      reviewers: record.kind === 'organisation' ? record.reviewerRefs : (byOrganisation.get(record.organisationId)?.reviewer_refs ?? []),
      verifyUrl: record.verifyUrl,
    }));
  }

  private async changeStatus(caller: Caller, id: string, reason: string, action: Action, from: BadgeStatus[], to: BadgeStatus, auditAction: AuditAction): Promise<BadgeRecord> {
    return this.db.transaction(async (manager) => {
      await manager.query(`SELECT id FROM badges WHERE id = $1 FOR UPDATE`, [id]);
      const before = await this.loadRecord(manager, id);
      this.assertMay(caller, action, before);
      if (!from.includes(before.status)) throw new OrganisationsError(OrganisationsErrorCode.InvalidStatusTransition, `status is ${before.status}, so the badge cannot become ${to}`);
      await manager.update(Badge, { id }, { status: to, statusReason: reason, statusChangedAt: new Date(), statusChangedBy: caller.id });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: auditAction,
        subjectType: Subject.Badge,
        subjectId: id,
        municipalityId: before.municipalityIds[0] ?? null,
        reason,
        changes: { status: { before: before.status, after: to } },
        requestId: caller.requestId,
      });
      await this.notifyAdmins(manager, before.organisationId, 'badge-status', {
        organisation: before.organisationName,
        badge: before.code,
        reason,
        statusSv: STATUS_WORDS[to].sv,
        statusEn: STATUS_WORDS[to].en,
      });
      return this.loadRecord(manager, id);
    });
  }

  async notifyAdmins(manager: EntityManager, organisationId: string, template: 'badge-status' | 'badge-renewal-reminder', params: Record<string, string>): Promise<void> {
    const admins: { user_id: string }[] = await manager.query(`SELECT user_id FROM organisation_members WHERE organisation_id = $1 AND role = 'admin' AND left_at IS NULL`, [organisationId]);
    const emails = await this.users.emailsOf(
      manager,
      admins.map((admin) => admin.user_id),
    );
    for (const [userId, to] of emails) await this.notify.email(manager, { to, userId, template, params });
  }

  private assertMay(caller: Caller, action: Action, record: BadgeRecord): void {
    if (caller.ability.can(action, recordOf(Subject.Badge, record))) return;
    if (!caller.ability.can(Action.Read, recordOf(Subject.Badge, record))) throw new OrganisationsError(OrganisationsErrorCode.BadgeNotFound, `No badge with id ${record.id}`);
    throw new OrganisationsError(OrganisationsErrorCode.NotAllowed, `You may not ${action} this badge`);
  }
}

/** Ten characters from an alphabet without look-alikes, easy to read out over the phone. */
function newBadgeCode(): string {
  const chars = Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}
