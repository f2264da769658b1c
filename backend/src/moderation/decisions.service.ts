import { Injectable } from '@nestjs/common';
import {
  Action,
  AuditAction,
  CaseRouting,
  CaseStatus,
  ContentStatus,
  type CaseRecord,
  ModerationActionType as T,
  type ModerationActionType,
  Role,
  STRIKING_ACTIONS,
  Subject,
  addSwedishDays,
  type Language,
  type ReportableType,
} from '@samverka/shared';
import { randomBytes } from 'node:crypto';
import { appealCodeLines, reportOutcome, statementLines, yesNo } from './decision-words.js';
import { DataSource, type EntityManager } from 'typeorm';
import { allows } from '../access/allows.js';
import type { Actor, Caller } from '../access/caller.js';
import { hashToken } from '../access/token-hash.js';
import { AuditService } from '../audit/audit.service.js';
import { BansService } from '../groups/bans.service.js';
import { Group } from '../groups/group.entity.js';
import { InterventionsService } from '../groups/interventions.service.js';
import { UsersService } from '../identity/users/users.service.js';
import { NotifyService } from '../notify/notify.service.js';
import { appealDeadline } from './appeal-deadline.js';
import { toCaseRecord } from './case-records.js';
import { assertMaySanction, assertNotPartyTo } from './conflicts.js';
import { CasesService } from './cases.service.js';
import { ACTION_TYPES_FOR_GROUP_ADMINS, type ActionDto, type DecideDto } from './dto/case.dto.js';
import { ModerationAction } from './moderation-action.entity.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';
import { IntakeStatements } from './intake-statements.js';
import { ModerationCase } from './moderation-case.entity.js';
import { Notice } from './notice.entity.js';
import { ReportedItems } from './reported-items.js';
import { ReporterStanding } from './reporter-standing.service.js';
import { returnedRows } from '../platform/database/returning.js';

/** How long a strike counts. */
export const STRIKE_DAYS = 180;

const CONTENT_ACTIONS: Partial<Record<ModerationActionType, ContentStatus>> = { [T.Hide]: ContentStatus.Hidden, [T.Remove]: ContentStatus.Removed, [T.Restore]: ContentStatus.Visible };
const NEEDS_RULE: readonly ModerationActionType[] = [T.Hide, T.Remove, T.Warn, T.Suspend, T.GroupBan, T.LockGroup, T.ReferPolice];

/**
 * Deciding a case: one or more actions, each with the rule it enforces and a statement of reasons
 * the author receives; every reporter is told the outcome. A decision is made on a version of the
 * case: a second moderator deciding the same case at once gets 409 and sees the first decision.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly db: DataSource,
    private readonly cases: CasesService,
    private readonly items: ReportedItems,
    private readonly users: UsersService,
    private readonly bans: BansService,
    private readonly interventions: InterventionsService,
    private readonly standing: ReporterStanding,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly intake: IntakeStatements,
  ) {}

  decide(caller: Caller, caseId: string, dto: DecideDto): Promise<CaseRecord> {
    return this.db.transaction(async (manager) => this.decideWithin(manager, caller, await this.cases.visible(manager, caller, caseId, true), dto));
  }

  /**
   * The decision on a case the caller's transaction holds locked: also how staff removing a post
   * from the posts list decide, so the author gets the same statement, strike and appeal rights.
   */
  async decideWithin(manager: EntityManager, caller: Caller, c: ModerationCase, dto: DecideDto): Promise<CaseRecord> {
    if (!allows(caller.ability, Action.Decide, Subject.ModerationCase, c)) throw new ModerationError(ModerationErrorCode.NotAllowed, 'You may not decide this case');
    if (c.status !== CaseStatus.Open) {
      throw new ModerationError(ModerationErrorCode.CaseClosed, `The case was already ${c.status} by ${c.decidedBy ?? 'someone'} at ${c.decidedAt?.toISOString()}: reload it to see the decision`);
    }
    if (c.version !== dto.version) throw new ModerationError(ModerationErrorCode.StaleCase, 'The case changed while you worked on it: reload it and decide again');
    this.cases.assertNotHeldByOther(c, caller.id);
    await assertNotPartyTo(manager, caller.id, c, 'case');
    this.validate(caller, c, dto.actions);
    await assertMaySanction(
      manager,
      caller,
      c,
      dto.actions.map((action) => action.type),
    );
    await this.conclude(manager, caller, c, dto.actions, true);
    if (dto.unfoundedNoticeIds?.length) await this.standing.markUnfounded(manager, { id: caller.id, requestId: caller.requestId }, c.id, dto.unfoundedNoticeIds);
    return toCaseRecord(c);
  }

  /**
   * Acts on an item an order from an authority names, in the caller's transaction: the item's
   * open case (opened for the platform if there is none) is decided with the one action. The
   * author is told at once unless the order keeps it secret for now (`tellAuthor` false): then
   * `tellAuthorLater` sends the statement when the secrecy ends.
   */
  async decideOnOrder(manager: EntityManager, caller: Caller, item: { itemType: ReportableType; itemId: string }, action: ActionDto, tellAuthor: boolean): Promise<ModerationAction> {
    const described = await this.items.describe(manager, item.itemType, item.itemId);
    const c = await this.intake.openCaseFor(manager, {
      itemType: item.itemType,
      itemId: item.itemId,
      groupId: described.groupId,
      municipalityId: described.municipalityId,
      authorId: described.authorId,
      routing: CaseRouting.Platform,
      escalated: false,
    });
    if (c.routing !== CaseRouting.Platform) Object.assign(c, { routing: CaseRouting.Platform, escalatedAt: new Date(), escalationReason: 'manual' });
    this.cases.assertNotHeldByOther(c, caller.id);
    await assertNotPartyTo(manager, caller.id, c, 'case');
    this.validate(caller, c, [action]);
    const [saved] = await this.conclude(manager, caller, c, [action], tellAuthor);
    return saved.action;
  }

  /** Sends a statement of reasons that an order kept from the author, with a fresh appeal code. */
  async tellAuthorLater(manager: EntityManager, actionId: string): Promise<void> {
    const action = await manager.findOneByOrFail(ModerationAction, { id: actionId });
    const c = await manager.findOneByOrFail(ModerationCase, { id: action.caseId });
    const appealToken = c.authorId ? randomBytes(24).toString('base64url') : null;
    if (appealToken) await manager.update(ModerationAction, { id: action.id }, { appealTokenHash: hashToken(appealToken) });
    await this.tellAuthor(manager, c, [{ action, appealToken }]);
  }

  /** Applies the actions and closes the case; tells the author (unless held back) and the reporters. */
  private async conclude(manager: EntityManager, caller: Caller, c: ModerationCase, actions: ActionDto[], tellAuthor: boolean): Promise<{ action: ModerationAction; appealToken: string | null }[]> {
    const actor: Actor = { id: caller.id, requestId: caller.requestId };
    const saved: { action: ModerationAction; appealToken: string | null }[] = [];
    for (const action of actions) saved.push(await this.apply(manager, actor, c, action));
    const dismissed = actions.every((action) => action.type === T.Dismiss);
    // A dismissal undoes what automation did while the case waited.
    if (dismissed && c.autoHiddenAt && this.items.isContent(c.itemType)) await this.items.setStatus(manager, c.itemType, c.itemId, ContentStatus.Visible, caller.id);

    Object.assign(c, {
      status: dismissed ? CaseStatus.Dismissed : CaseStatus.Actioned,
      decidedAt: new Date(),
      decidedBy: caller.id,
      firstActionAt: c.firstActionAt ?? new Date(),
      version: c.version + 1,
      claimedBy: null,
      claimedUntil: null,
    });
    await manager.save(c);
    if (tellAuthor) await this.tellAuthor(manager, c, saved);
    await this.tellReporters(
      manager,
      c,
      dismissed,
      saved.map((entry) => entry.action),
    );
    return saved;
  }

  /** Dismisses many cases at once (a wave of spam notices), each as its own decision. */
  async bulkDismiss(caller: Caller, caseIds: string[], statement: string, unfounded: boolean): Promise<{ dismissed: string[]; skipped: { id: string; reason: string }[] }> {
    const dismissed: string[] = [];
    const skipped: { id: string; reason: string }[] = [];
    for (const id of caseIds) {
      try {
        const c = await this.cases.visible(this.db.manager, caller, id);
        const noticeIds = unfounded ? (await this.db.manager.findBy(Notice, { caseId: id })).map((notice) => notice.id) : undefined;
        await this.decide(caller, id, { version: c.version, actions: [{ type: T.Dismiss, statement }], unfoundedNoticeIds: noticeIds });
        dismissed.push(id);
      } catch (error) {
        skipped.push({ id, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return { dismissed, skipped };
  }

  private validate(caller: Caller, c: ModerationCase, actions: ActionDto[]): void {
    const staff = caller.roles.includes(Role.PlatformOwner) || caller.roles.includes(Role.Moderator);
    for (const action of actions) {
      const fail = (why: string) => new ModerationError(ModerationErrorCode.ActionNotApplicable, `${action.type}: ${why}`);
      if (NEEDS_RULE.includes(action.type) && !action.rule) throw fail('rule is required: name the rule the action enforces');
      if (CONTENT_ACTIONS[action.type] && !this.items.isContent(c.itemType)) throw fail(`a ${c.itemType} has no visibility to change`);
      if (action.type === T.ReferPolice && !action.policeReference) throw fail('policeReference is required');
      if (action.rule === 'illegal' && NEEDS_RULE.includes(action.type) && !action.legalGround) throw fail('legalGround is required for illegal content');
      if (action.type === T.GroupBan && !c.groupId) throw fail('the item is not in a group');
      if (action.type === T.LockGroup && !(c.groupId || c.itemType === 'group')) throw fail('the item is not a group or in one');
      if (!staff && !ACTION_TYPES_FOR_GROUP_ADMINS.includes(action.type)) throw fail('only platform moderators may take this action: escalate the case');
      if ((action.type === T.Suspend || action.type === T.Warn) && !c.authorId) throw fail('the case has no author');
    }
    if (actions.some((action) => action.type === T.Dismiss) && actions.length > 1) {
      throw new ModerationError(ModerationErrorCode.ActionNotApplicable, 'dismiss cannot be combined with other actions');
    }
    if (c.routing === CaseRouting.Platform && !staff) throw new ModerationError(ModerationErrorCode.NotAllowed, 'The case is with the platform');
  }

  private async apply(manager: EntityManager, actor: Actor, c: ModerationCase, dto: ActionDto): Promise<{ action: ModerationAction; appealToken: string | null }> {
    // The author may appeal without signing in, with this token: a suspended account cannot sign in.
    const appealToken = dto.type !== T.Dismiss && c.authorId ? randomBytes(24).toString('base64url') : null;
    const action = await manager.save(
      manager.create(ModerationAction, {
        caseId: c.id,
        type: dto.type,
        rule: dto.rule ?? null,
        statement: dto.statement,
        facts: dto.facts ?? null,
        durationDays: dto.durationDays ?? null,
        policeReference: dto.policeReference ?? null,
        legalGround: dto.legalGround ?? null,
        decidedBy: actor.id,
        appealTokenHash: appealToken ? hashToken(appealToken) : null,
      }),
    );
    const reason = `case ${c.id}: ${dto.statement}`;
    // A sanction of N days ends at the same wall-clock time in Stockholm N calendar days on.
    const until = dto.durationDays ? addSwedishDays(action.createdAt, dto.durationDays) : null;
    const contentStatus = CONTENT_ACTIONS[dto.type];
    if (contentStatus) await this.items.setStatus(manager, c.itemType, c.itemId, contentStatus, actor.id);
    if (dto.type === T.Suspend) await this.users.suspendAsSanction(manager, actor, c.authorId!, reason, until);
    if (dto.type === T.GroupBan && c.authorId) {
      const group = await manager.findOneByOrFail(Group, { id: c.groupId! });
      await this.bans.banWithin(manager, actor, group, c.authorId, reason, until);
    }
    if (dto.type === T.LockGroup) await this.interventions.setPlatformLock(manager, actor, c.groupId ?? c.itemId, true, reason);
    if (STRIKING_ACTIONS.includes(dto.type) && c.authorId) {
      await manager.query(`INSERT INTO moderation_strikes (user_id, action_id, rule, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`, [
        c.authorId,
        action.id,
        dto.rule ?? null,
        STRIKE_DAYS,
      ]);
    }
    await this.audit.record(manager, {
      actorId: actor.id,
      action: AuditAction.ModerationAction,
      subjectType: Subject.ModerationCase,
      subjectId: c.id,
      municipalityId: c.municipalityId,
      reason: dto.statement,
      changes: { action: { before: null, after: dto.type }, rule: { before: null, after: dto.rule ?? null } },
      requestId: actor.requestId,
      contextIds: c.groupId ? [c.groupId] : [],
    });
    return { action, appealToken };
  }

  /** The statement of reasons: what was decided, on which rule, the facts, whether automated, how long, how to appeal. */
  private async tellAuthor(manager: EntityManager, c: ModerationCase, saved: { action: ModerationAction; appealToken: string | null }[]): Promise<void> {
    const affecting = saved.filter(({ action }) => action.type !== T.Dismiss);
    if (!c.authorId || affecting.length === 0) return;
    // From the action's own recorded time, as the appeal check computes it; the earliest if several.
    const appealUntil = new Date(Math.min(...affecting.map(({ action }) => appealDeadline(action).getTime())));
    const actions = affecting.map(({ action, appealToken }) => ({
      actionId: action.id,
      type: action.type,
      rule: action.rule,
      statement: action.statement,
      facts: action.facts,
      legalGround: action.legalGround,
      automated: action.automated,
      durationDays: action.durationDays,
      appealToken,
      appealUntil: appealDeadline(action).toISOString(),
    }));
    // The in-app notice is read signed in, where the author appeals by actionId: the appeal code
    // (for an author who cannot sign in) goes by e-mail only and is never stored readable.
    const shown = actions.map(({ appealToken: _code, ...rest }) => rest);
    const howToAppeal = 'Appeal within six months: POST /api/appeals with the actionId, signed in (or with the appeal code from the e-mail, POST /api/appeals/with-token)';
    await this.notify.inApp(manager, c.authorId, 'moderation.statement', { caseId: c.id, itemType: c.itemType, itemId: c.itemId, actions: shown, appealUntil: appealUntil.toISOString(), howToAppeal });
    const [author]: { email: string }[] = await manager.query(`SELECT email FROM users WHERE id = $1`, [c.authorId]);
    if (author) {
      // The statement is written in the author's language and stored as it was sent.
      const language = await this.notify.languageOf(manager, c.authorId);
      await this.notify.email(manager, {
        to: author.email,
        userId: c.authorId,
        template: 'moderation-statement',
        language,
        params: {
          decisions: statementLines(language, actions),
          // Its own parameter, which the template declares secret: staff reading the outbox never see it.
          appealCodes: appealCodeLines(
            language,
            actions.map((action) => ({ ...action, appealToken: action.appealToken ?? '' })),
          ),
          automated: yesNo(
            language,
            actions.some((a) => a.automated),
          ),
          // A moment: the template writes it in the author's language on the Stockholm clock.
          appealUntil: appealUntil.toISOString(),
        },
      });
    }
  }

  private async tellReporters(manager: EntityManager, c: ModerationCase, dismissed: boolean, actions: ModerationAction[]): Promise<void> {
    const outcome = dismissed ? 'dismissed' : 'actioned';
    // Each reporter reads the outcome in their own language (an anonymous notice in Swedish), stored as read.
    const notices = returnedRows<{ id: string; reporter_id: string | null; language: Language | null }>(
      await manager.query(
        `UPDATE moderation_notices n SET outcome = $2, outcome_at = now(), outcome_statement = $3 WHERE n.case_id = $1 AND n.outcome = 'pending'
       RETURNING n.id, n.reporter_id, (SELECT u.language FROM users u WHERE u.id = n.reporter_id) AS language`,
        [c.id, outcome, reportOutcome('sv', dismissed, actions)],
      ),
    );
    for (const notice of notices) {
      const statement = reportOutcome(notice.language ?? 'sv', dismissed, actions);
      if (notice.language && notice.language !== 'sv') await manager.query(`UPDATE moderation_notices SET outcome_statement = $2 WHERE id = $1`, [notice.id, statement]);
      if (notice.reporter_id) await this.notify.inApp(manager, notice.reporter_id, 'moderation.notice_outcome', { noticeId: notice.id, caseId: c.id, outcome, statement });
    }
  }
}
