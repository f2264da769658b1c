import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Action, AuditAction, recordOf, Role, Subject, UserStatus, type UserRecord } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeQuery } from '../../access/ability-scope.js';
import type { Actor, Caller } from '../../access/caller.js';
import { hashToken } from '../../access/token-hash.js';
import { AuditService, changesBetween, createdFields } from '../../audit/audit.service.js';
import { NotifyService } from '../../notify/notify.service.js';
import { AppConfig } from '../../platform/config/app-config.js';
import type { ListQuery } from '../../platform/http/simple-rest/list-query.js';
import { Page } from '../../platform/http/simple-rest/page.js';
import { SessionRevoker } from '../session-revoker.js';
import { IdentityError, IdentityErrorCode } from '../identity.errors.js';
import { Municipality } from '../municipalities/municipality.entity.js';
import type { InviteUserDto } from './dto/invite-user.dto.js';
import type { UpdateUserDto } from './dto/update-user.dto.js';
import { USERS_LIST, type UserFilterDto } from './dto/user-filter.dto.js';
import { toUserRecord } from './user-record.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

const SORT_COLUMNS: Record<string, string> = {
  email: 'u.email',
  displayName: 'u.displayName',
  status: 'u.status',
  createdAt: 'u.createdAt',
  lastSignInAt: 'u.lastSignInAt',
};
/** Rule fields to SQL, for scoping lists to what the caller may read. */
const RULE_COLUMNS = { id: 'u.id', homeMunicipalityId: 'u.home_municipality_id' };

@Injectable()
export class UsersService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly sessions: SessionRevoker,
    private readonly config: AppConfig,
    private readonly notify: NotifyService,
  ) {}

  async list(caller: Caller, query: ListQuery<UserFilterDto>): Promise<Page<UserRecord>> {
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    scopeQuery(qb, caller.ability, Action.Read, Subject.User, RULE_COLUMNS);
    const { q, role, status, homeMunicipalityId, municipalityId, id } = query.filter;
    if (q) qb.andWhere(`(u.email ILIKE :q OR u.displayName ILIKE :q)`, { q: `%${q.replace(/[\\%_]/g, '\\$&')}%` });
    if (role) qb.andWhere(':role = ANY(u.roles)', { role });
    if (status) qb.andWhere('u.status = :status', { status });
    if (homeMunicipalityId) qb.andWhere('u.homeMunicipalityId = :homeMunicipalityId', { homeMunicipalityId });
    if (municipalityId) {
      qb.andWhere('EXISTS (SELECT 1 FROM user_municipality_scopes s WHERE s.user_id = u.id AND s.municipality_id = :municipalityId)', { municipalityId });
    }
    if (id) qb.andWhere('u.id = ANY(:ids)', { ids: id });
    qb.orderBy(SORT_COLUMNS[query.sort.field], query.sort.order, 'NULLS LAST').addOrderBy('u.id', 'ASC').skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    const scopes = await this.users.scopesOf(rows.map((row) => row.id));
    return new Page(
      USERS_LIST.resource,
      rows.map((row) => toUserRecord(row, scopes.get(row.id) ?? [])),
      query.offset,
      total,
    );
  }

  async get(caller: Caller, id: string): Promise<UserRecord> {
    const record = await this.loadRecord(this.db.manager, id);
    this.assertMay(caller, Action.Read, record, true);
    return record;
  }

  /**
   * Creates the staff account and e-mails its one-time invitation link through the outbox, which
   * hides the link from everyone but the recipient: the inviter never holds it.
   */
  async invite(caller: Caller, dto: InviteUserDto): Promise<UserRecord> {
    const municipalityIds = dto.municipalityIds ?? [];
    this.assertScopesFitRoles(dto.roles, municipalityIds);
    const token = randomBytes(32).toString('base64url');
    return this.db.transaction(async (manager) => {
      await this.assertMunicipalitiesExist(manager, [...municipalityIds, ...(dto.homeMunicipalityId ? [dto.homeMunicipalityId] : [])]);
      const existing = await manager.existsBy(User, { email: dto.email });
      if (existing) throw new IdentityError(IdentityErrorCode.EmailTaken, 'email is already used by another account');
      const user = await manager.save(
        manager.create(User, {
          email: dto.email,
          displayName: dto.displayName,
          status: UserStatus.Active,
          roles: dto.roles,
          homeMunicipalityId: dto.homeMunicipalityId ?? null,
          passwordHash: null,
          invitationTokenHash: hashToken(token),
          invitationExpiresAt: new Date(Date.now() + this.config.lifetimes.staffInvitationDays * 86_400_000),
        }),
      );
      await this.users.replaceScopes(manager, user.id, municipalityIds);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.UserInvited,
        subjectType: Subject.User,
        subjectId: user.id,
        municipalityId: user.homeMunicipalityId,
        changes: createdFields({ email: user.email, roles: user.roles, municipalityIds }),
        requestId: caller.requestId,
      });
      await this.notify.email(manager, {
        to: user.email,
        userId: user.id,
        template: 'staff-invitation',
        language: 'sv',
        params: { name: user.displayName, link: `${this.config.publicUrl}/#/invitation/${token}`, days: String(this.config.lifetimes.staffInvitationDays) },
      });
      return toUserRecord(user, municipalityIds);
    });
  }

  async update(caller: Caller, id: string, dto: UpdateUserDto): Promise<UserRecord> {
    return this.db.transaction(async (manager) => {
      const before = await this.loadRecord(manager, id, true);
      this.assertMay(caller, Action.Update, before);
      const after: UserRecord = {
        ...before,
        displayName: dto.displayName ?? before.displayName,
        roles: dto.roles ?? before.roles,
        municipalityIds: dto.municipalityIds ?? before.municipalityIds,
        homeMunicipalityId: dto.homeMunicipalityId === undefined ? before.homeMunicipalityId : dto.homeMunicipalityId,
      };
      // Taking the coordinator role away takes its municipalities with it.
      if (dto.roles && !after.roles.includes(Role.Coordinator) && dto.municipalityIds === undefined) after.municipalityIds = [];
      this.assertScopesFitRoles(after.roles, after.municipalityIds);
      await this.assertMunicipalitiesExist(manager, [...after.municipalityIds, ...(after.homeMunicipalityId ? [after.homeMunicipalityId] : [])]);
      if (before.roles.includes(Role.PlatformOwner) && !after.roles.includes(Role.PlatformOwner)) {
        await this.assertAnotherPlatformOwner(manager, id);
      }

      await manager.update(User, { id }, { displayName: after.displayName, roles: after.roles, homeMunicipalityId: after.homeMunicipalityId });
      await this.users.replaceScopes(manager, id, after.municipalityIds);

      const entry = { actorId: caller.id, subjectType: Subject.User, subjectId: id, municipalityId: after.homeMunicipalityId, reason: dto.reason, requestId: caller.requestId };
      const roleChanges = changesBetween(before, after, ['roles']);
      const scopeChanges = changesBetween(before, after, ['municipalityIds']);
      const otherChanges = changesBetween(before, after, ['displayName', 'homeMunicipalityId']);
      // New powers (or fewer) start with a new sign-in: a promoted citizen's password-only
      // session must not become a staff session, and a demoted one must not keep its old rules.
      if (Object.keys(roleChanges).length || Object.keys(scopeChanges).length) await this.sessions.revokeAllSessions(manager, id);
      if (Object.keys(roleChanges).length) await this.audit.record(manager, { ...entry, action: AuditAction.UserRolesChanged, changes: roleChanges });
      if (Object.keys(scopeChanges).length) await this.audit.record(manager, { ...entry, action: AuditAction.UserScopesChanged, changes: scopeChanges });
      if (Object.keys(otherChanges).length) await this.audit.record(manager, { ...entry, action: AuditAction.UserUpdated, changes: otherChanges });
      return this.loadRecord(manager, id);
    });
  }

  suspend(caller: Caller, id: string, reason: string): Promise<UserRecord> {
    return this.changeStatus(caller, id, reason, UserStatus.Active, UserStatus.Suspended);
  }

  reactivate(caller: Caller, id: string, reason: string): Promise<UserRecord> {
    return this.changeStatus(caller, id, reason, UserStatus.Suspended, UserStatus.Active);
  }

  private async changeStatus(caller: Caller, id: string, reason: string, from: UserStatus, to: UserStatus): Promise<UserRecord> {
    return this.db.transaction(async (manager) => {
      const before = await this.loadRecord(manager, id, true);
      this.assertMay(caller, Action.Suspend, before);
      if (id === caller.id) throw new IdentityError(IdentityErrorCode.CannotActOnSelf, 'You cannot suspend or reactivate your own account');
      await this.transition(manager, caller, before, reason, from, to, null);
      return this.loadRecord(manager, id);
    });
  }

  /**
   * A sanction decided in moderation: the moderation context has checked the decider's right to
   * decide the case, so no role check here. `until` null means until lifted.
   */
  async suspendAsSanction(manager: EntityManager, actor: Actor, id: string, reason: string, until: Date | null): Promise<void> {
    const before = await this.loadRecord(manager, id, true);
    if (before.status === UserStatus.Suspended) {
      await manager.update(User, { id }, { suspendedUntil: until });
      return;
    }
    await this.transition(manager, actor, before, reason, UserStatus.Active, UserStatus.Suspended, until);
  }

  /** Lifts a sanction reversed on appeal. */
  async liftSanction(manager: EntityManager, actor: Actor, id: string, reason: string): Promise<void> {
    const before = await this.loadRecord(manager, id, true);
    if (before.status === UserStatus.Suspended) await this.transition(manager, actor, before, reason, UserStatus.Suspended, UserStatus.Active, null);
  }

  private async transition(manager: EntityManager, actor: Actor, before: UserRecord, reason: string, from: UserStatus, to: UserStatus, until: Date | null): Promise<void> {
    const id = before.id;
    if (before.status !== from) {
      throw new IdentityError(IdentityErrorCode.InvalidStatusTransition, `status is ${before.status}, so the account cannot become ${to}`);
    }
    if (to === UserStatus.Suspended && before.roles.includes(Role.PlatformOwner)) await this.assertAnotherPlatformOwner(manager, id);
    await manager.update(User, { id }, { status: to, suspendedUntil: to === UserStatus.Suspended ? until : null });
    // Any change of status signs the person out everywhere at once.
    await this.sessions.revokeAllSessions(manager, id);
    await this.audit.record(manager, {
      actorId: actor.id,
      action: to === UserStatus.Suspended ? AuditAction.UserSuspended : AuditAction.UserReactivated,
      subjectType: Subject.User,
      subjectId: id,
      municipalityId: before.homeMunicipalityId,
      reason,
      changes: { status: { before: from, after: to }, ...(until ? { suspendedUntil: { before: null, after: until.toISOString() } } : {}) },
      requestId: actor.requestId,
    });
  }

  /** Ends suspensions whose time is up; returns how many. */
  async liftExpiredSuspensions(): Promise<number> {
    const expired: { id: string }[] = await this.db.query(`SELECT id FROM users WHERE status = 'suspended' AND suspended_until IS NOT NULL AND suspended_until <= now()`);
    for (const { id } of expired) await this.liftIfExpired(id);
    return expired.length;
  }

  /** Ends one account's suspension if its time is up (sign-in does not wait for the job); whether it did. */
  liftIfExpired(id: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const due: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND status = 'suspended' AND suspended_until <= now() FOR UPDATE`, [id]);
      if (due.length === 0) return false;
      await this.liftSanction(manager, { id: null, requestId: 'suspension-expiry' }, id, 'the suspension ended');
      return true;
    });
  }

  private async loadRecord(manager: EntityManager, id: string, lock = false): Promise<UserRecord> {
    const qb = manager.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const user = await qb.getOne();
    if (!user) throw new IdentityError(IdentityErrorCode.UserNotFound, `No user with id ${id}`);
    const scopes = await this.users.scopesOf([id], manager);
    return toUserRecord(user, scopes.get(id) ?? []);
  }

  /** Records the caller may not read are reported as missing, so their existence does not leak. */
  private assertMay(caller: Caller, action: Action, record: UserRecord, hideExistence = false): void {
    if (caller.ability.can(action, recordOf(Subject.User, record))) return;
    if (hideExistence || !caller.ability.can(Action.Read, recordOf(Subject.User, record))) {
      throw new IdentityError(IdentityErrorCode.UserNotFound, `No user with id ${record.id}`);
    }
    throw new IdentityError(IdentityErrorCode.NotAllowed, `Your role may not ${action} this user`);
  }

  private assertScopesFitRoles(roles: Role[], municipalityIds: string[]): void {
    const coordinator = roles.includes(Role.Coordinator);
    if (coordinator && municipalityIds.length === 0) {
      throw new IdentityError(IdentityErrorCode.CoordinatorNeedsMunicipality, 'municipalityIds must name at least one municipality for a coordinator');
    }
    if (!coordinator && municipalityIds.length > 0) {
      throw new IdentityError(IdentityErrorCode.ScopeWithoutCoordinatorRole, 'municipalityIds can only be given to a coordinator');
    }
  }

  private async assertMunicipalitiesExist(manager: EntityManager, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const found = await manager.getRepository(Municipality).createQueryBuilder('m').where('m.id = ANY(:ids)', { ids: unique }).getCount();
    if (found !== unique.length) throw new IdentityError(IdentityErrorCode.MunicipalityNotFound, 'municipalityIds or homeMunicipalityId names a municipality that does not exist');
  }

  /** The platform must never be left without an active platform owner. */
  private async assertAnotherPlatformOwner(manager: EntityManager, leavingId: string): Promise<void> {
    const others = await manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where(':role = ANY(u.roles)', { role: Role.PlatformOwner })
      .andWhere('u.status = :status', { status: UserStatus.Active })
      .andWhere('u.id <> :leavingId', { leavingId })
      .getCount();
    if (others === 0) throw new IdentityError(IdentityErrorCode.LastPlatformOwner, 'This is the last active platform owner: appoint another one first');
  }
}
