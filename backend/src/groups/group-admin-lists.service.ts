import { Injectable } from '@nestjs/common';
import { Action, type GroupBanRecord, type GroupInvitationRecord, type GroupMemberRecord, type InterventionRecord, type JoinRequestRecord, Subject } from '@samverka/shared';
import { DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import type { Caller } from '../access/caller.js';
import { UsersRepository } from '../identity/users/users.repository.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import {
  BANS_LIST,
  type BanFilterDto,
  type GroupScopedFilterDto,
  INTERVENTIONS_LIST,
  INVITATIONS_LIST,
  type InterventionFilterDto,
  JOIN_REQUESTS_LIST,
  type JoinRequestFilterDto,
  MEMBERS_LIST,
  type MemberFilterDto,
} from './dto/group-admin.dto.js';
import { GroupAccess } from './group-access.service.js';
import { GroupPeopleRepository, type Person, UNKNOWN_PERSON } from './group-people.repository.js';
import { GroupBan } from './group-ban.entity.js';
import { GroupInvitation } from './group-invitation.entity.js';
import { GroupMember } from './group-member.entity.js';
import { GroupsError, GroupsErrorCode } from './groups.errors.js';
import { Intervention } from './intervention.entity.js';
import { JoinRequest } from './join-request.entity.js';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/**
 * The lists a group's admins (and platform staff) work from: members, join requests, invitation
 * links, bans and interventions, each scoped in SQL to the groups the caller's rules allow.
 */
@Injectable()
export class GroupAdminListsService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly people: GroupPeopleRepository,
    private readonly access: GroupAccess,
  ) {}

  async members(caller: Caller, query: ListQuery<MemberFilterDto>): Promise<Page<GroupMemberRecord>> {
    const qb = await this.scoped(caller, GroupMember, 'm', Subject.GroupMember, query, { joinedAt: 'm.joinedAt', roleSince: 'm.roleSince', role: 'm.role' });
    if (query.filter.role) qb.andWhere('m.role = :role', { role: query.filter.role });
    if (query.filter.userId) qb.andWhere('m.userId = :userId', { userId: query.filter.userId });
    const [rows, total] = await this.read(caller, qb, 'members');
    const people = await this.people.inGroups(caller.id, rows);
    const person = (m: GroupMember) => people.get(`${m.userId}:${m.groupId}`) ?? UNKNOWN_PERSON;
    return new Page(
      MEMBERS_LIST.resource,
      rows.map((m) => ({ ...m, ...person(m), joinedAt: m.joinedAt.toISOString(), roleSince: m.roleSince.toISOString() })),
      query.offset,
      total,
    );
  }

  async joinRequests(caller: Caller, query: ListQuery<JoinRequestFilterDto>): Promise<Page<JoinRequestRecord>> {
    const qb = await this.scoped(caller, JoinRequest, 'r', Subject.GroupJoinRequest, query, { createdAt: 'r.createdAt', status: 'r.status' });
    if (query.filter.status) qb.andWhere('r.status = :status', { status: query.filter.status });
    const [rows, total] = await this.read(caller, qb, 'join requests');
    const people = await this.people.inGroups(caller.id, rows);
    return new Page(
      JOIN_REQUESTS_LIST.resource,
      rows.map((r) => toJoinRequestRecord(r, people.get(`${r.userId}:${r.groupId}`) ?? UNKNOWN_PERSON)),
      query.offset,
      total,
    );
  }

  async invitations(caller: Caller, query: ListQuery<GroupScopedFilterDto>): Promise<Page<GroupInvitationRecord>> {
    const qb = await this.scoped(caller, GroupInvitation, 'i', Subject.GroupInvitation, query, { createdAt: 'i.createdAt', expiresAt: 'i.expiresAt' });
    const [rows, total] = await this.read(caller, qb, 'invitations');
    return new Page(INVITATIONS_LIST.resource, rows.map(toInvitationRecord), query.offset, total);
  }

  async bans(caller: Caller, query: ListQuery<BanFilterDto>): Promise<Page<GroupBanRecord>> {
    const qb = await this.scoped(caller, GroupBan, 'b', Subject.GroupBan, query, { createdAt: 'b.createdAt', expiresAt: 'b.expiresAt' });
    const active = 'b.liftedAt IS NULL AND (b.expiresAt IS NULL OR b.expiresAt > now())';
    if (query.filter.active !== undefined) qb.andWhere(query.filter.active ? active : `NOT (${active})`);
    const [rows, total] = await this.read(caller, qb, 'bans');
    const names = await this.users.displayNames(rows.flatMap((row) => [row.userId, ...(row.liftedBy ? [row.liftedBy] : [])]));
    return new Page(
      BANS_LIST.resource,
      rows.map((b) => toBanRecord(b, names.get(b.userId) ?? '', b.liftedBy ? (names.get(b.liftedBy) ?? null) : null)),
      query.offset,
      total,
    );
  }

  async interventions(caller: Caller, query: ListQuery<InterventionFilterDto>): Promise<Page<InterventionRecord>> {
    const qb = await this.scoped(caller, Intervention, 'v', Subject.GroupIntervention, query, { openedAt: 'v.openedAt', closedAt: 'v.closedAt' }, false);
    if (query.filter.open !== undefined) qb.andWhere(query.filter.open ? 'v.closedAt IS NULL' : 'v.closedAt IS NOT NULL');
    const [rows, total] = await qb.getManyAndCount();
    return new Page(INTERVENTIONS_LIST.resource, rows.map(toInterventionRecord), query.offset, total);
  }

  /** One record of a list, through the same scoping: outside it, it does not exist. */
  async one<T extends { id: string }>(list: (caller: Caller, query: ListQuery<GroupScopedFilterDto>) => Promise<Page<T>>, caller: Caller, id: string): Promise<T> {
    const query: ListQuery<GroupScopedFilterDto> = { sort: { field: 'createdAt', order: 'ASC' }, offset: 0, limit: 1, filter: { id: [id] } };
    const page = await list(caller, query);
    if (page.items.length === 0) throw new GroupsError(GroupsErrorCode.GroupNotFound, `No record with id ${id}`);
    return page.items[0];
  }

  /**
   * The list's query, scoped to the caller's rules and, for a group's administration, to the
   * groups they reach (a locked group's only through an intervention); a list asked for one
   * locked group out of reach is refused rather than shown empty.
   */
  private async scoped<E extends ObjectLiteral>(
    caller: Caller,
    entity: new () => E,
    alias: string,
    subject: Subject,
    query: ListQuery<GroupScopedFilterDto>,
    sortColumns: Record<string, string>,
    groupAdministration = true,
  ): Promise<SelectQueryBuilder<E>> {
    const qb = this.db.getRepository(entity).createQueryBuilder(alias);
    scopeQuery(qb, caller.ability, Action.Read, subject, { groupId: `${alias}.group_id` });
    if (groupAdministration) {
      if (query.filter.groupId) await this.access.assertReachesForList(this.db.manager, caller, query.filter.groupId);
      qb.andWhere(this.access.reachableGroupSql(`${alias}.group_id`), { reachAdminOf: caller.adminGroupIds });
    }
    if (query.filter.groupId) qb.andWhere(`${alias}.groupId = :groupId`, { groupId: query.filter.groupId });
    if (query.filter.id) qb.andWhere(`${alias}.id = ANY(:ids)`, { ids: query.filter.id });
    const sort = sortColumns[query.sort.field] ?? Object.values(sortColumns)[0];
    return qb.orderBy(sort, query.sort.order).addOrderBy(`${alias}.id`).skip(query.offset).take(query.limit);
  }

  /** Runs a group-administration list; what staff read of a locked group is audited with it. */
  private async read<E extends { groupId: string }>(caller: Caller, qb: SelectQueryBuilder<E>, what: string): Promise<[E[], number]> {
    const result = await qb.getManyAndCount();
    await this.db.transaction((manager) =>
      this.access.auditInterventionReads(
        manager,
        caller,
        result[0].map((row) => row.groupId),
        what,
      ),
    );
    return result;
  }
}

export const toJoinRequestRecord = (r: JoinRequest, person: Person): JoinRequestRecord => ({
  id: r.id,
  groupId: r.groupId,
  userId: r.userId,
  ...person,
  message: r.message,
  status: r.status,
  createdAt: r.createdAt.toISOString(),
  decidedAt: iso(r.decidedAt),
  decidedBy: r.decidedBy,
  decisionReason: r.decisionReason,
});

export const toInvitationRecord = (i: GroupInvitation): GroupInvitationRecord => ({
  id: i.id,
  groupId: i.groupId,
  createdBy: i.createdBy,
  createdAt: i.createdAt.toISOString(),
  expiresAt: i.expiresAt.toISOString(),
  maxUses: i.maxUses,
  uses: i.uses,
  revokedAt: iso(i.revokedAt),
  usable: !i.revokedAt && i.expiresAt.getTime() > Date.now() && i.uses < i.maxUses,
});

export const toBanRecord = (b: GroupBan, displayName: string, liftedByName: string | null): GroupBanRecord => ({
  id: b.id,
  groupId: b.groupId,
  userId: b.userId,
  displayName,
  reason: b.reason,
  bannedBy: b.bannedBy,
  createdAt: b.createdAt.toISOString(),
  expiresAt: iso(b.expiresAt),
  liftedAt: iso(b.liftedAt),
  liftedBy: b.liftedBy,
  liftedByName,
  liftReason: b.liftReason,
  active: !b.liftedAt && (!b.expiresAt || b.expiresAt.getTime() > Date.now()),
});

export const toInterventionRecord = (v: Intervention): InterventionRecord => ({
  id: v.id,
  groupId: v.groupId,
  ground: v.ground,
  reason: v.reason,
  openedBy: v.openedBy,
  openedAt: v.openedAt.toISOString(),
  closedAt: iso(v.closedAt),
  closedBy: v.closedBy,
  outcome: v.outcome,
});
