import { Injectable, NotFoundException } from '@nestjs/common';
import { Action, type AuditEventRecord, type AuditRedaction, recordOf, Subject, swedishDay } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { AuditEvent } from './audit-event.entity.js';
import { AUDIT_EVENTS_LIST, type AuditEventFilterDto } from './dto/audit-event.dto.js';

const SORT_COLUMNS: Record<string, string> = { occurredAt: 'e.occurredAt', id: 'e.id', action: 'e.action' };
const RULE_COLUMNS = { municipalityId: 'e.municipality_id' };

const toRecord = ({ redactedAt, redactionRequestId, ...event }: AuditEvent): AuditEventRecord => ({
  ...event,
  occurredAt: event.occurredAt.toISOString(),
  pseudonymised: redactedAt ? redaction(redactedAt, redactionRequestId) : null,
});

const redaction = (at: Date, erasureRequestId: string | null): AuditRedaction => ({
  at: at.toISOString(),
  erasureRequestId,
  note: `pseudonymised on ${swedishDay(at)}${erasureRequestId ? ` by erasure request ${erasureRequestId}` : ''}`,
});

/** Reading the audit log, scoped to what the caller may see. Writing is AuditService's job. */
@Injectable()
export class AuditEventsService {
  constructor(private readonly db: DataSource) {}

  async list(caller: Caller, query: ListQuery<AuditEventFilterDto>): Promise<Page<AuditEventRecord>> {
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('e');
    scopeQuery(qb, caller.ability, Action.Read, Subject.AuditEvent, RULE_COLUMNS);
    const f = query.filter;
    if (f.action) qb.andWhere('e.action = :action', { action: f.action });
    if (f.actorId) qb.andWhere('e.actorId = :actorId', { actorId: f.actorId });
    if (f.subjectType) qb.andWhere('e.subjectType = :subjectType', { subjectType: f.subjectType });
    if (f.subjectId) qb.andWhere('e.subjectId = :subjectId', { subjectId: f.subjectId });
    if (f.municipalityId) qb.andWhere('e.municipalityId = :municipalityId', { municipalityId: f.municipalityId });
    if (f.relatedTo) qb.andWhere('(e.subject_id = CAST(:related AS text) OR CAST(:related AS uuid) = ANY(e.context_ids))', { related: f.relatedTo });
    if (f.occurredAt_gte) qb.andWhere('e.occurredAt >= :from', { from: f.occurredAt_gte });
    if (f.occurredAt_lte) qb.andWhere('e.occurredAt <= :to', { to: f.occurredAt_lte });
    if (f.id) qb.andWhere('e.id = ANY(:ids::bigint[])', { ids: f.id });
    qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('e.id', query.sort.order).skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(AUDIT_EVENTS_LIST.resource, rows.map(toRecord), query.offset, total);
  }

  /**
   * The events about one record, for a context that has already decided the caller may see that
   * record's trail (a moderator and a post they may moderate): the audit log's own rules are not asked.
   */
  async trailOf(subjectType: string, subjectId: string, resource: string, query: ListQuery<{ action?: string }>): Promise<Page<AuditEventRecord>> {
    const qb = this.db.getRepository(AuditEvent).createQueryBuilder('e').where('e.subjectType = :subjectType AND e.subjectId = :subjectId', { subjectType, subjectId });
    if (query.filter.action) qb.andWhere('e.action = :action', { action: query.filter.action });
    qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('e.id', query.sort.order).skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(resource, rows.map(toRecord), query.offset, total);
  }

  async get(caller: Caller, id: string): Promise<AuditEventRecord> {
    const event = await this.db.manager.findOneBy(AuditEvent, { id });
    // Events outside the caller's scope are reported as missing: their existence is not shown.
    if (!event || !caller.ability.can(Action.Read, recordOf(Subject.AuditEvent, toRecord(event)))) {
      throw new NotFoundException(`No audit event with id ${id}`);
    }
    return toRecord(event);
  }
}
