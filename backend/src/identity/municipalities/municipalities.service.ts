import { Injectable } from '@nestjs/common';
import { AuditAction, Subject, type MunicipalityRecord } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../../access/caller.js';
import { AuditService, changesBetween, createdFields } from '../../audit/audit.service.js';
import type { ListQuery } from '../../platform/http/simple-rest/list-query.js';
import { Page } from '../../platform/http/simple-rest/page.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { MUNICIPALITIES_LIST, type CreateMunicipalityDto, type MunicipalityFilterDto, type UpdateMunicipalityDto } from './dto/municipality.dto.js';
import { MunicipalityArea } from './municipality-area.entity.js';
import { toMunicipalityRecord } from './municipality-record.js';
import { Municipality } from './municipality.entity.js';

const SORT_COLUMNS: Record<string, string> = { code: 'm.code', name: 'm.name', createdAt: 'm.createdAt' };

/** Municipalities are public reference data: every signed-in person may read them all. */
@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListQuery<MunicipalityFilterDto>): Promise<Page<MunicipalityRecord>> {
    const qb = this.db.getRepository(Municipality).createQueryBuilder('m');
    const { q, code, id } = query.filter;
    if (q) qb.andWhere('(m.name ILIKE :q OR m.code LIKE :q)', { q: `%${q.replace(/[\\%_]/g, '\\$&')}%` });
    if (code) qb.andWhere('m.code = :code', { code });
    if (id) qb.andWhere('m.id = ANY(:ids)', { ids: id });
    qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('m.id').skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    const areas = await this.areasOf(
      this.db.manager,
      rows.map((row) => row.id),
    );
    return new Page(
      MUNICIPALITIES_LIST.resource,
      rows.map((row) => toMunicipalityRecord(Object.assign(row, { areas: areas.filter((area) => area.municipalityId === row.id) }))),
      query.offset,
      total,
    );
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<MunicipalityRecord> {
    const municipality = await manager.findOne(Municipality, { where: { id }, relations: { areas: true } });
    if (!municipality) throw new IdentityError(IdentityErrorCode.MunicipalityNotFound, `No municipality with id ${id}`);
    return toMunicipalityRecord(municipality);
  }

  /** Whether every id names a municipality (a repeated id counts as missing), for a context that stores municipality ids. */
  async allExist(manager: EntityManager, ids: string[]): Promise<boolean> {
    const [found]: { n: number }[] = await manager.query(`SELECT count(*)::int AS n FROM municipalities WHERE id = ANY($1)`, [ids]);
    return found.n === ids.length;
  }

  /** Names of several municipalities at once, for a record that shows them. */
  async namesOf(ids: string[], manager: EntityManager = this.db.manager): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM municipalities WHERE id = ANY($1)`, [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  async create(caller: Caller, dto: CreateMunicipalityDto): Promise<MunicipalityRecord> {
    return this.db.transaction(async (manager) => {
      await this.assertUnique(manager, { code: dto.code, name: dto.name });
      const saved = await manager.save(manager.create(Municipality, { code: dto.code, name: dto.name }));
      await this.replaceAreas(manager, saved.id, dto.areas ?? []);
      const record = await this.get(saved.id, manager);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.MunicipalityCreated,
        subjectType: Subject.Municipality,
        subjectId: saved.id,
        municipalityId: saved.id,
        changes: createdFields({ code: record.code, name: record.name, areas: record.areas.map((area) => area.name) }),
        requestId: caller.requestId,
      });
      return record;
    });
  }

  async update(caller: Caller, id: string, dto: UpdateMunicipalityDto): Promise<MunicipalityRecord> {
    return this.db.transaction(async (manager) => {
      const before = await this.get(id, manager);
      if (dto.name !== undefined && dto.name !== before.name) await this.assertUnique(manager, { name: dto.name });
      if (dto.name !== undefined) await manager.update(Municipality, { id }, { name: dto.name });
      if (dto.areas !== undefined) await this.replaceAreas(manager, id, dto.areas);
      const after = await this.get(id, manager);
      const names = (record: MunicipalityRecord) => ({ name: record.name, areas: record.areas.map((area) => area.name) });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.MunicipalityUpdated,
        subjectType: Subject.Municipality,
        subjectId: id,
        municipalityId: id,
        changes: changesBetween(names(before), names(after), ['name', 'areas']),
        requestId: caller.requestId,
      });
      return after;
    });
  }

  private async assertUnique(manager: EntityManager, fields: { code?: string; name?: string }): Promise<void> {
    if (fields.code && (await manager.existsBy(Municipality, { code: fields.code }))) {
      throw new IdentityError(IdentityErrorCode.MunicipalityCodeTaken, `code ${fields.code} belongs to another municipality`);
    }
    if (fields.name) {
      const taken = await manager.getRepository(Municipality).createQueryBuilder('m').where('lower(m.name) = lower(:name)', { name: fields.name }).getExists();
      if (taken) throw new IdentityError(IdentityErrorCode.MunicipalityNameTaken, `name ${fields.name} belongs to another municipality`);
    }
  }

  /** Keeps the areas that stay (and their ids), adds the new ones, removes the rest. */
  private async replaceAreas(manager: EntityManager, municipalityId: string, names: string[]): Promise<void> {
    const existing = await manager.findBy(MunicipalityArea, { municipalityId });
    const removed = existing.filter((area) => !names.includes(area.name));
    if (removed.length > 0)
      await manager.delete(
        MunicipalityArea,
        removed.map((area) => area.id),
      );
    const added = names.filter((name) => !existing.some((area) => area.name === name));
    if (added.length > 0)
      await manager.insert(
        MunicipalityArea,
        added.map((name) => ({ municipalityId, name })),
      );
  }

  private async areasOf(manager: EntityManager, municipalityIds: string[]): Promise<MunicipalityArea[]> {
    if (municipalityIds.length === 0) return [];
    return manager.getRepository(MunicipalityArea).createQueryBuilder('a').where('a.municipalityId = ANY(:ids)', { ids: municipalityIds }).getMany();
  }
}
