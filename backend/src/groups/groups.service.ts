import { Injectable } from '@nestjs/common';
import { Action, AuditAction, GroupKind, GroupRole, GroupStatus, type GroupRecord, Role, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import { allows } from '../access/allows.js';
import type { Caller } from '../access/caller.js';
import { AuditService, changesBetween, createdFields } from '../audit/audit.service.js';
import { MunicipalityArea } from '../identity/municipalities/municipality-area.entity.js';
import { Municipality } from '../identity/municipalities/municipality.entity.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { type CreateGroupDto, GROUPS_LIST, type GroupFilterDto, type UpdateGroupDto } from './dto/group.dto.js';
import { GroupAccess } from './group-access.service.js';
import { GroupMember } from './group-member.entity.js';
import { toGroupRecords } from './group-records.js';
import { Group } from './group.entity.js';
import { GroupsError, GroupsErrorCode } from './groups.errors.js';

const SORT_COLUMNS: Record<string, string> = { name: 'g.name', createdAt: 'g.createdAt', lastActivityAt: 'g.lastActivityAt' };
const RULE_COLUMNS = { id: 'g.id', municipalityId: 'g.municipality_id' };
const EDITABLE = ['name', 'description', 'purpose', 'rulesText', 'areaId', 'visibility'] as const;

/** Groups themselves: creating, describing, archiving and deleting them. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: GroupAccess,
    private readonly audit: AuditService,
  ) {}

  async list(caller: Caller, query: ListQuery<GroupFilterDto>): Promise<Page<GroupRecord>> {
    const qb = this.db.getRepository(Group).createQueryBuilder('g');
    scopeQuery(qb, caller.ability, Action.Read, Subject.Group, RULE_COLUMNS);
    const f = query.filter;
    if (f.q) qb.andWhere('g.name ILIKE :q', { q: `%${f.q.replace(/[\\%_]/g, '\\$&')}%` });
    if (f.municipalityId) qb.andWhere('g.municipalityId = :municipalityId', { municipalityId: f.municipalityId });
    if (f.visibility) qb.andWhere('g.visibility = :visibility', { visibility: f.visibility });
    if (f.status) qb.andWhere('g.status = :status', { status: f.status });
    if (f.kind) qb.andWhere('g.kind = :kind', { kind: f.kind });
    if (f.orphaned !== undefined) qb.andWhere(f.orphaned ? 'g.orphanedAt IS NOT NULL' : 'g.orphanedAt IS NULL');
    if (f.myRole) qb.andWhere('EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = g.id AND m.user_id = :me AND m.role = :myRole)', { me: caller.id, myRole: f.myRole });
    if (f.id) qb.andWhere('g.id = ANY(:ids)', { ids: f.id });
    qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order).addOrderBy('g.id').skip(query.offset).take(query.limit);
    const [groups, total] = await qb.getManyAndCount();
    return new Page(GROUPS_LIST.resource, await toGroupRecords(this.db.manager, groups, caller.id), query.offset, total);
  }

  async get(caller: Caller, id: string): Promise<GroupRecord> {
    const group = await this.access.visibleGroup(this.db.manager, caller, id);
    return (await toGroupRecords(this.db.manager, [group], caller.id))[0];
  }

  async create(caller: Caller, dto: CreateGroupDto): Promise<GroupRecord> {
    const kind = dto.kind ?? (caller.roles.includes(Role.Coordinator) ? GroupKind.Municipal : GroupKind.Citizen);
    if (kind === GroupKind.Municipal && !caller.roles.includes(Role.PlatformOwner)) {
      if (!caller.roles.includes(Role.Coordinator)) throw new GroupsError(GroupsErrorCode.NotAllowed, 'kind municipal is for coordinators: create a citizen group instead');
      if (!caller.municipalityIds.includes(dto.municipalityId)) {
        throw new GroupsError(GroupsErrorCode.MunicipalityOutOfScope, 'municipalityId must be one of the municipalities you serve');
      }
    }
    return this.db.transaction(async (manager) => {
      await this.assertPlace(manager, dto.municipalityId, dto.areaId);
      const group = await manager.save(
        manager.create(Group, {
          name: dto.name,
          description: dto.description ?? '',
          purpose: dto.purpose ?? '',
          rulesText: dto.rulesText ?? '',
          municipalityId: dto.municipalityId,
          areaId: dto.areaId ?? null,
          visibility: dto.visibility,
          kind,
          createdBy: caller.id,
          lastActivityAt: new Date(),
        }),
      );
      await manager.insert(GroupMember, { groupId: group.id, userId: caller.id, role: GroupRole.Owner });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.GroupCreated,
        subjectType: Subject.Group,
        subjectId: group.id,
        municipalityId: group.municipalityId,
        changes: createdFields({ name: group.name, visibility: group.visibility, kind: group.kind }),
        requestId: caller.requestId,
      });
      return (await toGroupRecords(manager, [group], caller.id))[0];
    });
  }

  async update(caller: Caller, id: string, dto: UpdateGroupDto): Promise<GroupRecord> {
    return this.db.transaction(async (manager) => {
      const group = await this.access.visibleGroup(manager, caller, id, true);
      if (!allows(caller.ability, Action.Update, Subject.Group, group)) throw new GroupsError(GroupsErrorCode.NotAllowed, "Only the group's owner and admins may change it");
      if (dto.areaId !== undefined) await this.assertPlace(manager, group.municipalityId, dto.areaId);
      const before = { ...group };
      Object.assign(group, Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)));
      await manager.save(group);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.GroupUpdated,
        subjectType: Subject.Group,
        subjectId: id,
        municipalityId: group.municipalityId,
        changes: changesBetween(before, group, EDITABLE),
        requestId: caller.requestId,
      });
      return (await toGroupRecords(manager, [group], caller.id))[0];
    });
  }

  /** An archived group stays readable but nobody can write, join or be invited. */
  setArchived(caller: Caller, id: string, archived: boolean): Promise<GroupRecord> {
    return this.db.transaction(async (manager) => {
      const group = await this.access.visibleGroup(manager, caller, id, true);
      if (!allows(caller.ability, Action.Update, Subject.Group, group)) throw new GroupsError(GroupsErrorCode.NotAllowed, "Only the group's owner and admins may archive it");
      const status = archived ? GroupStatus.Archived : GroupStatus.Active;
      if (group.status !== status) {
        await manager.update(Group, { id }, { status });
        await this.audit.record(manager, {
          actorId: caller.id,
          action: archived ? AuditAction.GroupArchived : AuditAction.GroupReactivated,
          subjectType: Subject.Group,
          subjectId: id,
          municipalityId: group.municipalityId,
          changes: { status: { before: group.status, after: status } },
          requestId: caller.requestId,
        });
      }
      return (await toGroupRecords(manager, [{ ...group, status }], caller.id))[0];
    });
  }

  /** Deletes the group and, with it, its members, requests, bans and content. */
  async remove(caller: Caller, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const group = await this.access.visibleGroup(manager, caller, id, true);
      if (!allows(caller.ability, Action.Delete, Subject.Group, group)) throw new GroupsError(GroupsErrorCode.NotAllowed, "Only the group's owner may delete it");
      await manager.delete(Group, { id });
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.GroupDeleted,
        subjectType: Subject.Group,
        subjectId: id,
        municipalityId: group.municipalityId,
        changes: { name: { before: group.name, after: null } },
        requestId: caller.requestId,
      });
    });
  }

  private async assertPlace(manager: EntityManager, municipalityId: string, areaId: string | undefined | null): Promise<void> {
    if (!(await manager.existsBy(Municipality, { id: municipalityId }))) {
      throw new GroupsError(GroupsErrorCode.PlaceInvalid, 'municipalityId names a municipality that does not exist');
    }
    if (areaId && !(await manager.existsBy(MunicipalityArea, { id: areaId, municipalityId }))) {
      throw new GroupsError(GroupsErrorCode.PlaceInvalid, 'areaId must be an area of the group’s municipality');
    }
  }
}
