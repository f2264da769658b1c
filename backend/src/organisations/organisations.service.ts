import { Injectable } from '@nestjs/common';
import { Action, AuditAction, isAuthorityType, MemberRole, type OrganisationRecord, recordOf, Subject } from '@samverka/shared';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import { AuditService, createdFields } from '../audit/audit.service.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { BadgesService } from './badges.service.js';
import { DomainProofService } from './domain-proof.service.js';
import { type AddMemberDto, ORGANISATIONS_LIST, type OrganisationFilterDto } from './dto/organisation.dto.js';
import { Organisation, OrganisationMember } from './entities/organisation.entity.js';
import { administrators, loadOrganisations, ORGANISATION_BADGE_VALID_SQL, servedMunicipalities } from './organisation-records.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';

const SORT_COLUMNS: Record<string, string> = { name: 'o.name', type: 'o.type', createdAt: 'o.created_at' };
const SERVED = servedMunicipalities('o.id');
const RULE_COLUMNS = { adminIds: administrators('o.id'), municipalityIds: SERVED };

/** Organisations and their members. Members of verified organisations carry emblems. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly badges: BadgesService,
    private readonly proofs: DomainProofService,
    private readonly users: UsersRepository,
  ) {}

  async list(caller: Caller, query: ListQuery<OrganisationFilterDto>): Promise<Page<OrganisationRecord>> {
    const qb = this.db.getRepository(Organisation).createQueryBuilder('o').select('o.id', 'id');
    scopeQuery(qb, caller.ability, Action.Read, Subject.Organisation, RULE_COLUMNS);
    const { q, type, municipalityId, verified, id } = query.filter;
    if (q) qb.andWhere('(o.name ILIKE :q OR o.organisation_number LIKE :q)', { q: `%${q.replace(/[\\%_]/g, '\\$&')}%` });
    if (type) qb.andWhere('o.type = :type', { type });
    if (municipalityId) qb.andWhere(`o.id IN (${SERVED.keysLinkedTo(':municipalityIds')})`, { municipalityIds: [municipalityId] });
    if (verified !== undefined) {
      qb.andWhere(`${verified ? '' : 'NOT '}EXISTS (SELECT 1 FROM badges b WHERE b.organisation_id = o.id AND b.kind = 'organisation' AND ${ORGANISATION_BADGE_VALID_SQL})`);
    }
    if (id) qb.andWhere('o.id = ANY(:ids)', { ids: id });
    const total = await qb.getCount();
    const rows: { id: string }[] = await qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('o.id').offset(query.offset).limit(query.limit).getRawMany();
    return new Page(
      ORGANISATIONS_LIST.resource,
      await loadOrganisations(
        this.db.manager,
        rows.map((row) => row.id),
      ),
      query.offset,
      total,
    );
  }

  async get(caller: Caller, id: string): Promise<OrganisationRecord> {
    const record = await this.loadRecord(this.db.manager, id);
    this.assertMay(caller, Action.Read, record);
    return record;
  }

  /**
   * An admin adds a person with a title. For police and municipality the person must confirm an
   * address at the organisation's domain by code before they carry the emblem.
   */
  async addMember(caller: Caller, id: string, dto: AddMemberDto): Promise<OrganisationRecord> {
    return this.db.transaction(async (manager) => {
      const record = await this.loadRecord(manager, id, true);
      this.assertMay(caller, Action.Update, record);
      const userId = await this.users.activeIdByEmail(manager, dto.accountEmail);
      if (!userId) throw new OrganisationsError(OrganisationsErrorCode.UserNotFound, `No active account with e-mail ${dto.accountEmail}`);
      if (await manager.existsBy(OrganisationMember, { organisationId: id, userId, leftAt: IsNull() })) {
        throw new OrganisationsError(OrganisationsErrorCode.AlreadyMember, 'This person is already a member');
      }
      const authority = isAuthorityType(record.type);
      if (authority) {
        if (!dto.workEmail) throw new OrganisationsError(OrganisationsErrorCode.AddressNotAtDomain, `workEmail at ${record.emailDomain} is required for a ${record.type} member`);
        await this.proofs.assertDomainAllowed(manager, record.emailDomain, record.type);
        this.proofs.assertAtDomain(dto.workEmail, record.emailDomain);
      }
      const member = await manager.save(
        manager.create(OrganisationMember, { organisationId: id, userId, title: dto.title, role: dto.role, verifiedEmail: null, confirmedAt: authority ? null : new Date() }),
      );
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.MemberAdded,
        subjectType: Subject.Organisation,
        subjectId: id,
        municipalityId: record.municipalityIds[0] ?? null,
        changes: createdFields({ memberId: member.id, userId, title: dto.title, role: dto.role, workEmail: dto.workEmail ?? null }),
        requestId: caller.requestId,
      });
      if (authority) await this.proofs.send(manager, { organisationId: id, organisationName: record.name, userId, email: dto.workEmail!, target: { memberId: member.id } });
      else await this.badges.issueMemberEmblems(manager, id, caller.id, caller.requestId);
      return this.loadRecord(manager, id);
    });
  }

  /** The added person confirms their work address with the code sent to it; the emblem follows. */
  async confirmMember(caller: Caller, id: string, memberId: string, code: string): Promise<OrganisationRecord> {
    const outcome = await this.db.transaction(async (manager) => {
      const member = await manager.findOneBy(OrganisationMember, { id: memberId, organisationId: id, leftAt: IsNull() });
      // Only the person the code was sent for can use it; anyone else learns nothing.
      if (!member || member.userId !== caller.id) throw new OrganisationsError(OrganisationsErrorCode.MemberNotFound, `No membership ${memberId} of yours`);
      const result = await this.proofs.attempt(manager, { memberId }, caller.id, code);
      if (!result.ok) return result;
      await manager.update(OrganisationMember, { id: memberId }, { verifiedEmail: result.proof.email, confirmedAt: result.proof.confirmedAt });
      const municipalityId = (await this.loadRecord(manager, id)).municipalityIds[0] ?? null;
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.MemberConfirmed,
        subjectType: Subject.Organisation,
        subjectId: id,
        municipalityId,
        changes: { verifiedEmail: { before: null, after: result.proof.email } },
        requestId: caller.requestId,
      });
      await this.badges.issueMemberEmblems(manager, id, caller.id, caller.requestId);
      return result;
    });
    if (!outcome.ok) throw outcome.error;
    return this.loadRecord(this.db.manager, id);
  }

  /** An admin removes a member, or a member leaves; either way the emblem goes at once. */
  async removeMember(caller: Caller, id: string, memberId: string, reason: string): Promise<OrganisationRecord> {
    return this.db.transaction(async (manager) => {
      const record = await this.loadRecord(manager, id, true);
      const member = record.members.find((candidate) => candidate.id === memberId && candidate.leftAt === null);
      const self = member?.userId === caller.id;
      if (!member || (!self && !caller.ability.can(Action.Read, recordOf(Subject.Organisation, record)))) {
        throw new OrganisationsError(OrganisationsErrorCode.MemberNotFound, `No member ${memberId} in this organisation`);
      }
      if (!self) this.assertMay(caller, Action.Update, record);
      const admins = record.members.filter((candidate) => candidate.role === MemberRole.Admin && candidate.leftAt === null);
      if (member.role === MemberRole.Admin && admins.length === 1) throw new OrganisationsError(OrganisationsErrorCode.LastAdmin, 'The last admin cannot leave: appoint another admin first');
      await manager.update(OrganisationMember, { id: memberId }, { leftAt: new Date() });
      await this.badges.revokeMemberEmblem(manager, memberId, reason, caller.id, caller.requestId);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.MemberRemoved,
        subjectType: Subject.Organisation,
        subjectId: id,
        municipalityId: record.municipalityIds[0] ?? null,
        reason,
        changes: { memberId: { before: memberId, after: null } },
        requestId: caller.requestId,
      });
      return this.loadRecord(manager, id);
    });
  }

  private async loadRecord(manager: EntityManager, id: string, lock = false): Promise<OrganisationRecord> {
    if (lock) await manager.query(`SELECT id FROM organisations WHERE id = $1 FOR UPDATE`, [id]);
    const [record] = await loadOrganisations(manager, [id]);
    if (!record) throw new OrganisationsError(OrganisationsErrorCode.OrganisationNotFound, `No organisation with id ${id}`);
    return record;
  }

  private assertMay(caller: Caller, action: Action, record: OrganisationRecord): void {
    if (caller.ability.can(action, recordOf(Subject.Organisation, record))) return;
    if (!caller.ability.can(Action.Read, recordOf(Subject.Organisation, record))) {
      throw new OrganisationsError(OrganisationsErrorCode.OrganisationNotFound, `No organisation with id ${record.id}`);
    }
    throw new OrganisationsError(OrganisationsErrorCode.NotAllowed, `You may not ${action} this organisation`);
  }
}
