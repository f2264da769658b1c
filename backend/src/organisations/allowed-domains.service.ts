import { Injectable } from '@nestjs/common';
import { Action, type AllowedDomainRecord, AuditAction, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import { AuditService, createdFields } from '../audit/audit.service.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { ALLOWED_DOMAINS_LIST, type AllowedDomainDto, type AllowedDomainFilterDto } from './dto/organisation.dto.js';
import { AllowedEmailDomain } from './entities/organisation.entity.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';

const toRecord = (row: AllowedEmailDomain): AllowedDomainRecord => ({ id: row.id, domain: row.domain, organisationType: row.organisationType, note: row.note, createdAt: row.createdAt.toISOString() });

/** The official e-mail domains that count as proof for police and municipalities; the platform owner keeps the list. */
@Injectable()
export class AllowedDomainsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, query: ListQuery<AllowedDomainFilterDto>): Promise<Page<AllowedDomainRecord>> {
    const qb = this.db.getRepository(AllowedEmailDomain).createQueryBuilder('d');
    scopeQuery(qb, caller.ability, Action.Read, Subject.AllowedDomain, {});
    if (query.filter.id) qb.andWhere('d.id = ANY(:ids)', { ids: query.filter.id });
    qb.orderBy(query.sort.field === 'domain' ? 'd.domain' : 'd.createdAt', query.sort.order)
      .skip(query.offset)
      .take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(ALLOWED_DOMAINS_LIST.resource, rows.map(toRecord), query.offset, total);
  }

  async add(caller: Caller, dto: AllowedDomainDto): Promise<AllowedDomainRecord> {
    return this.db.transaction(async (manager) => {
      if (await manager.existsBy(AllowedEmailDomain, { domain: dto.domain })) throw new OrganisationsError(OrganisationsErrorCode.AllowedDomainTaken, `${dto.domain} is already on the list`);
      const row = await manager.save(manager.create(AllowedEmailDomain, { domain: dto.domain, organisationType: dto.organisationType, note: dto.note ?? null, createdBy: caller.id }));
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AllowedDomainAdded,
        subjectType: Subject.AllowedDomain,
        subjectId: row.id,
        reason: dto.reason,
        changes: createdFields({ domain: row.domain, organisationType: row.organisationType }),
        requestId: caller.requestId,
      });
      return toRecord(row);
    });
  }

  /** Removing a domain stops new proofs at it; badges already issued stand until reviewed. */
  async remove(caller: Caller, id: string, reason: string): Promise<AllowedDomainRecord> {
    return this.db.transaction(async (manager) => {
      const row = await manager.findOneBy(AllowedEmailDomain, { id });
      if (!row) throw new OrganisationsError(OrganisationsErrorCode.AllowedDomainNotFound, `No allowed domain with id ${id}`);
      await manager.delete(AllowedEmailDomain, { id });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AllowedDomainRemoved,
        subjectType: Subject.AllowedDomain,
        subjectId: id,
        reason,
        changes: { domain: { before: row.domain, after: null } },
        requestId: caller.requestId,
      });
      return toRecord(row);
    });
  }
}
