import { Injectable } from '@nestjs/common';
import { Action, AppealStatus, type AppealRecord, AuditAction, CaseRouting, CaseStatus, ContentStatus, ModerationActionType as T, Subject, swedishDateTime } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { allows } from '../access/allows.js';
import type { Actor, Caller } from '../access/caller.js';
import { hashToken } from '../access/token-hash.js';
import { AuditService } from '../audit/audit.service.js';
import { BansService } from '../groups/bans.service.js';
import { InterventionsService } from '../groups/interventions.service.js';
import { UsersService } from '../identity/users/users.service.js';
import { NotifyService } from '../notify/notify.service.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { appealDeadline } from './appeal-deadline.js';
import { Appeal } from './appeal.entity.js';
import { toAppealRecord } from './case-records.js';
import { assertNotPartyTo } from './conflicts.js';
import { APPEALS_LIST, type AppealFilterDto } from './dto/appeal.dto.js';
import { ModerationAction } from './moderation-action.entity.js';
import { ModerationCase } from './moderation-case.entity.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';
import { Notice } from './notice.entity.js';
import { ReportedItems } from './reported-items.js';
import { returnedRows } from '../platform/database/returning.js';

/**
 * Appeals: the author against an action, a reporter against a dismissal, within six months. A
 * different moderator decides; a reversal undoes the action and expunges its strike, and both
 * sides are told.
 */
@Injectable()
export class AppealsService {
  constructor(
    private readonly db: DataSource,
    private readonly items: ReportedItems,
    private readonly users: UsersService,
    private readonly bans: BansService,
    private readonly interventions: InterventionsService,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
  ) {}

  file(caller: Caller, actionId: string, text: string): Promise<AppealRecord> {
    return this.db.transaction(async (manager) => {
      const action = await manager.findOneBy(ModerationAction, { id: actionId });
      if (!action) throw new ModerationError(ModerationErrorCode.ActionNotFound, `No decision with id ${actionId}`);
      const c = await manager.findOneByOrFail(ModerationCase, { id: action.caseId });
      const role = await this.appellantRole(manager, caller.id, action, c);
      if (!role) throw new ModerationError(ModerationErrorCode.AppealNotAllowed, 'Only the author (against an action) or a reporter (against a dismissal) may appeal');
      return this.fileFor(manager, caller, action, c, role, text);
    });
  }

  private async fileFor(manager: EntityManager, appellant: { id: string }, action: ModerationAction, c: ModerationCase, role: 'author' | 'reporter', text: string): Promise<AppealRecord> {
    const deadline = appealDeadline(action);
    if (deadline < new Date()) throw new ModerationError(ModerationErrorCode.AppealTooLate, `The time to appeal ended at ${swedishDateTime(deadline)} (Stockholm time)`);
    if (action.reversedAt) throw new ModerationError(ModerationErrorCode.AppealDecided, 'This decision has already been reversed');
    if (await manager.existsBy(Appeal, { actionId: action.id, appellantId: appellant.id })) throw new ModerationError(ModerationErrorCode.AppealDecided, 'You have already appealed this decision');
    const appeal = await manager.save(manager.create(Appeal, { actionId: action.id, caseId: c.id, appellantId: appellant.id, appellantRole: role, text }));
    await this.notify.inApp(manager, appellant.id, 'moderation.appeal_received', { appealId: appeal.id });
    return toAppealRecord(appeal, action);
  }

  /** The author's appeal with the token from the statement of reasons: no sign-in needed. */
  fileWithToken(token: string, text: string): Promise<AppealRecord> {
    return this.db.transaction(async (manager) => {
      const action = await manager
        .getRepository(ModerationAction)
        .createQueryBuilder('a')
        .where('a.appealTokenHash = :hash', { hash: hashToken(token) })
        .getOne();
      if (!action) throw new ModerationError(ModerationErrorCode.ActionNotFound, 'token is not a valid appeal code');
      const c = await manager.findOneByOrFail(ModerationCase, { id: action.caseId });
      return this.fileFor(manager, { id: c.authorId! }, action, c, 'author', text);
    });
  }

  async list(caller: Caller, query: ListQuery<AppealFilterDto>): Promise<Page<AppealRecord>> {
    const qb = this.db.getRepository(Appeal).createQueryBuilder('a');
    // Staff decide appeals; everyone else sees their own.
    if (!allows(caller.ability, Action.Decide, Subject.Appeal, {})) qb.where('a.appellantId = :me', { me: caller.id });
    if (query.filter.status) qb.andWhere('a.status = :status', { status: query.filter.status });
    if (query.filter.caseId) qb.andWhere('a.caseId = :caseId', { caseId: query.filter.caseId });
    if (query.filter.id) qb.andWhere('a.id = ANY(:ids)', { ids: query.filter.id });
    qb.orderBy('a.createdAt', query.sort.order).addOrderBy('a.id').skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    const actionIds = [...new Set(rows.map((row) => row.actionId))];
    const actions = actionIds.length ? await this.db.getRepository(ModerationAction).createQueryBuilder('x').where('x.id = ANY(:actionIds)', { actionIds }).getMany() : [];
    return new Page(
      APPEALS_LIST.resource,
      rows.map((row) =>
        toAppealRecord(
          row,
          actions.find((action) => action.id === row.actionId),
        ),
      ),
      query.offset,
      total,
    );
  }

  decide(caller: Caller, appealId: string, reverse: boolean, reason: string): Promise<AppealRecord> {
    return this.db.transaction(async (manager) => {
      const appeal = await manager.getRepository(Appeal).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :appealId', { appealId }).getOne();
      if (!appeal) throw new ModerationError(ModerationErrorCode.AppealNotFound, `No appeal with id ${appealId}`);
      if (appeal.status !== AppealStatus.Pending) throw new ModerationError(ModerationErrorCode.AppealDecided, `The appeal was already ${appeal.status}`);
      const action = await manager.findOneByOrFail(ModerationAction, { id: appeal.actionId });
      if (action.decidedBy === caller.id) throw new ModerationError(ModerationErrorCode.SameModerator, 'A different moderator must decide the appeal than the one who made the decision');
      const c = await manager.findOneByOrFail(ModerationCase, { id: appeal.caseId });
      await assertNotPartyTo(manager, caller.id, c, 'appeal');
      const actor: Actor = { id: caller.id, requestId: caller.requestId };
      if (reverse) await this.reverse(manager, actor, c, action, appeal, reason);
      Object.assign(appeal, { status: reverse ? AppealStatus.Reversed : AppealStatus.Upheld, decidedBy: caller.id, decidedAt: new Date(), decisionReason: reason });
      await manager.save(appeal);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.AppealDecided,
        subjectType: Subject.ModerationCase,
        subjectId: c.id,
        municipalityId: c.municipalityId,
        reason,
        changes: { appeal: { before: AppealStatus.Pending, after: appeal.status } },
        requestId: caller.requestId,
      });
      // Both sides are told: the appellant, and the other party to the decision.
      await this.notify.inApp(manager, appeal.appellantId!, 'moderation.appeal_decided', { appealId, outcome: appeal.status, reason });
      const other = appeal.appellantRole === 'author' ? await this.reporterIds(manager, c.id) : c.authorId ? [c.authorId] : [];
      for (const userId of other) await this.notify.inApp(manager, userId, 'moderation.appeal_decided', { caseId: c.id, outcome: appeal.status });
      return toAppealRecord(appeal, action);
    });
  }

  private async reverse(manager: EntityManager, actor: Actor, c: ModerationCase, action: ModerationAction, appeal: Appeal, reason: string): Promise<void> {
    const why = `appeal ${appeal.id} reversed: ${reason}`;
    switch (action.type) {
      case T.Hide:
      case T.Remove:
        await this.items.setStatus(manager, c.itemType, c.itemId, ContentStatus.Visible, actor.id);
        break;
      case T.Suspend:
        if (c.authorId) await this.users.liftSanction(manager, actor, c.authorId, why);
        break;
      case T.GroupBan: {
        const bans: { id: string }[] = await manager.query(`SELECT id FROM group_bans WHERE group_id = $1 AND user_id = $2 AND lifted_at IS NULL`, [c.groupId, c.authorId]);
        for (const ban of bans) await this.bans.liftWithin(manager, actor, ban.id, why);
        break;
      }
      case T.LockGroup:
        await this.interventions.setPlatformLock(manager, actor, c.groupId ?? c.itemId, false, why);
        break;
      case T.Dismiss:
        // A reporter's appeal against a dismissal reopens the case for the platform to decide anew.
        if (!(await manager.existsBy(ModerationCase, { itemType: c.itemType, itemId: c.itemId, status: CaseStatus.Open }))) {
          await manager.update(ModerationCase, { id: c.id }, { status: CaseStatus.Open, routing: CaseRouting.Platform, decidedAt: null, decidedBy: null, version: c.version + 1 });
        }
        break;
      case T.Restore:
      case T.Warn:
      case T.ReferPolice:
        // Nothing stands to be undone but the record of the action (and its strike), below.
        break;
    }
    await manager.update(ModerationAction, { id: action.id }, { reversedAt: new Date(), reversedByAppealId: appeal.id });
    const expunged = returnedRows<{ id: string }>(
      await manager.query(`UPDATE moderation_strikes SET expunged_at = now(), expunged_reason = $2 WHERE action_id = $1 AND expunged_at IS NULL RETURNING id`, [action.id, why]),
    );
    for (const strike of expunged) {
      await this.audit.record(manager, {
        actorId: actor.id,
        action: AuditAction.StrikeExpunged,
        subjectType: 'Strike',
        subjectId: strike.id,
        municipalityId: c.municipalityId,
        reason: why,
        requestId: actor.requestId,
      });
    }
  }

  private async appellantRole(manager: EntityManager, userId: string, action: ModerationAction, c: ModerationCase): Promise<'author' | 'reporter' | null> {
    if (action.type !== T.Dismiss && c.authorId === userId) return 'author';
    if (action.type === T.Dismiss && (await manager.existsBy(Notice, { caseId: c.id, reporterId: userId }))) return 'reporter';
    return null;
  }

  private async reporterIds(manager: EntityManager, caseId: string): Promise<string[]> {
    const rows: { reporter_id: string }[] = await manager.query(`SELECT DISTINCT reporter_id FROM moderation_notices WHERE case_id = $1 AND reporter_id IS NOT NULL`, [caseId]);
    return rows.map((row) => row.reporter_id);
  }
}
