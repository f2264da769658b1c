import { Injectable } from '@nestjs/common';
import { Action, AuditAction, CaseRouting, CaseStatus, type CaseRecord, type Language, Role, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { scopeQuery } from '../access/ability-scope.js';
import { allows } from '../access/allows.js';
import type { Actor, Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { NotifyService } from '../notify/notify.service.js';
import { AppConfig } from '../platform/config/app-config.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { Appeal } from './appeal.entity.js';
import { CaseNote } from './case-note.entity.js';
import { toActionRecord, toAppealRecord, toCaseRecord } from './case-records.js';
import { CASES_LIST, type CaseFilterDto } from './dto/case.dto.js';
import { ModerationAction } from './moderation-action.entity.js';
import { ModerationCase } from './moderation-case.entity.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';
import { toNoticeRecord } from './notice-records.js';
import { Notice } from './notice.entity.js';
import { QueueCounts, countedQueuesOf } from './queue-counts.js';
import { QueuePage } from './queue-page.js';
import { ReportedItems } from './reported-items.js';
import { AGE_POINTS_SQL } from './scoring.js';
import { returnedRows } from '../platform/database/returning.js';

const RULE_COLUMNS = { routing: 'c.routing', groupId: 'c.group_id' };
/** Overdue group cases escalated per transaction. */
export const ESCALATION_BATCH = 500;

const isPlainQueue = (filter: CaseFilterDto): boolean => Object.entries(filter).every(([name, value]) => value === undefined || (name === 'status' && value === CaseStatus.Open));

/** The queue and the case: reading, claiming, assigning, escalating, notes. */
@Injectable()
export class CasesService {
  constructor(
    private readonly db: DataSource,
    private readonly items: ReportedItems,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly config: AppConfig,
    private readonly counts: QueueCounts,
    private readonly queuePage: QueuePage,
  ) {}

  async list(caller: Caller, query: ListQuery<CaseFilterDto>): Promise<Page<CaseRecord>> {
    // The plain queue (open cases, no other filter) takes its total from the counters the
    // database keeps per queue: exact, without counting every open case on every page view.
    const queues = isPlainQueue(query.filter) ? countedQueuesOf(caller.ability) : null;
    // Whole routings by priority (the moderators' view) are read in index order; a group's
    // queue is small enough to sort.
    const routings = queues?.every((queue) => queue.startsWith('routing:')) ? queues.map((queue) => queue.slice('routing:'.length) as CaseRouting) : null;
    if (queues && routings && routings.length > 0 && query.sort.field === 'priority' && query.sort.order === 'DESC') {
      const [rows, total] = await Promise.all([this.queuePage.byPriority(routings, query.offset, query.limit), this.counts.openCases(queues)]);
      return new Page(CASES_LIST.resource, await this.withPreviews(rows), query.offset, total);
    }
    const qb = this.db.getRepository(ModerationCase).createQueryBuilder('c');
    scopeQuery(qb, caller.ability, Action.Read, Subject.ModerationCase, RULE_COLUMNS);
    const f = query.filter;
    // The queue shows open cases unless asked otherwise; looking cases up by id (or by item: a post's
    // page lists its cases) finds them in any state.
    if (f.status || !(f.id || f.itemId)) qb.andWhere('c.status = :status', { status: f.status ?? CaseStatus.Open });
    if (f.minPriority !== undefined) qb.andWhere(`c.base_priority + ${AGE_POINTS_SQL('c')} >= :minPriority`, { minPriority: f.minPriority });
    if (f.rule) qb.andWhere(':rule = ANY(c.rules)', { rule: f.rule });
    if (f.routing) qb.andWhere('c.routing = :routing', { routing: f.routing });
    if (f.itemType) qb.andWhere('c.itemType = :itemType', { itemType: f.itemType });
    if (f.municipalityId) qb.andWhere('c.municipalityId = :municipalityId', { municipalityId: f.municipalityId });
    if (f.groupId) qb.andWhere('c.groupId = :groupId', { groupId: f.groupId });
    if (f.authorId) qb.andWhere('c.authorId = :authorId', { authorId: f.authorId });
    if (f.minAgeHours !== undefined) qb.andWhere(`c.firstNoticeAt <= now() - make_interval(hours => :hours)`, { hours: f.minAgeHours });
    if (f.assignee) {
      const who = f.assignee === 'me' ? caller.id : f.assignee;
      qb.andWhere('(c.assignedTo = :who OR (c.claimedBy = :who AND c.claimedUntil > now()))', { who });
    }
    if (f.id) qb.andWhere('c.id = ANY(:ids)', { ids: f.id });
    if (f.itemId) qb.andWhere('c.itemId = :itemId', { itemId: f.itemId });
    const sort = query.sort.field === 'priority' ? `c.base_priority + ${AGE_POINTS_SQL('c')}` : query.sort.field === 'firstNoticeAt' ? 'c.firstNoticeAt' : 'c.lastNoticeAt';
    qb.orderBy(sort, query.sort.order).addOrderBy('c.firstNoticeAt', 'ASC').addOrderBy('c.id').skip(query.offset).take(query.limit);
    const [rows, total] = queues ? await Promise.all([qb.getMany(), this.counts.openCases(queues)]) : await qb.getManyAndCount();
    return new Page(CASES_LIST.resource, await this.withPreviews(rows), query.offset, total);
  }

  /** Queue rows with what was reported, so the moderator sees it before opening the case. */
  private async withPreviews(rows: ModerationCase[]): Promise<CaseRecord[]> {
    const previews = await this.items.previews(this.db.manager, rows);
    return rows.map((row) => ({ ...toCaseRecord(row), preview: previews.get(row.id) }));
  }

  /** The case with everything needed to decide it, in one answer. */
  async detail(caller: Caller, id: string) {
    const manager = this.db.manager;
    const moderationCase = await this.visible(manager, caller, id);
    const [notices, actions, notes, appeals, context, history] = await Promise.all([
      manager.find(Notice, { where: { caseId: id }, order: { createdAt: 'ASC' } }),
      manager.find(ModerationAction, { where: { caseId: id }, order: { createdAt: 'ASC' } }),
      manager.find(CaseNote, { where: { caseId: id }, order: { createdAt: 'ASC' } }),
      manager.find(Appeal, { where: { caseId: id }, order: { createdAt: 'ASC' } }),
      this.items.context(manager, moderationCase.itemType, moderationCase.itemId, moderationCase.authorId),
      this.authorHistory(manager, moderationCase),
    ]);
    const item = await this.items.describe(manager, moderationCase.itemType, moderationCase.itemId).catch(() => null);
    return {
      ...toCaseRecord(moderationCase),
      ...(await this.recipientLanguages(manager, moderationCase)),
      // Null when the item no longer exists (its author deleted it).
      itemStatus: item?.status ?? null,
      // Reporters are shown by kind, not by name: moderators judge the report, not the reporter.
      notices: notices.map(toNoticeRecord),
      actions: actions.map(toActionRecord),
      notes: notes.map((note) => ({ id: note.id, authorId: note.authorId, text: note.text, createdAt: note.createdAt.toISOString() })),
      appeals: appeals.map((appeal) =>
        toAppealRecord(
          appeal,
          actions.find((action) => action.id === appeal.actionId),
        ),
      ),
      context: { ...context, ...history },
    };
  }

  /**
   * The languages the decision's readers read Samverka in, so the console fills the statement of
   * reasons in theirs, not the moderator's: the author's, and the pending reporters' (a notice
   * without a reporter is told in Swedish, as decisions.service.ts tells it).
   */
  private async recipientLanguages(manager: EntityManager, c: ModerationCase): Promise<{ authorLanguage: Language | null; reporterLanguages: Language[] }> {
    const [author]: { language: Language }[] = c.authorId ? await manager.query(`SELECT language FROM users WHERE id = $1`, [c.authorId]) : [];
    const reporters: { language: Language }[] = await manager.query(
      `SELECT DISTINCT coalesce(u.language, 'sv') AS language FROM moderation_notices n LEFT JOIN users u ON u.id = n.reporter_id
        WHERE n.case_id = $1 AND n.outcome = 'pending' ORDER BY 1 DESC`,
      [c.id],
    );
    return { authorLanguage: author?.language ?? null, reporterLanguages: reporters.map((row) => row.language) };
  }

  claim(caller: Caller, id: string): Promise<CaseRecord> {
    return this.change(caller, id, AuditAction.CaseClaimed, async (manager, c) => {
      this.assertNotHeldByOther(c, caller.id);
      Object.assign(c, { claimedBy: caller.id, claimedUntil: new Date(Date.now() + this.config.moderation.claimMinutes * 60_000) });
      return null;
    });
  }

  release(caller: Caller, id: string): Promise<CaseRecord> {
    return this.change(caller, id, AuditAction.CaseReleased, async (manager, c) => {
      this.assertNotHeldByOther(c, caller.id);
      Object.assign(c, { claimedBy: null, claimedUntil: null });
      return null;
    });
  }

  assign(caller: Caller, id: string, assigneeId: string): Promise<CaseRecord> {
    return this.change(caller, id, AuditAction.CaseAssigned, async (manager, c) => {
      const rows: { roles: string[] }[] = await manager.query(`SELECT roles FROM users WHERE id = $1 AND status = 'active'`, [assigneeId]);
      const staff = rows[0]?.roles.some((role) => role === Role.Moderator || role === Role.PlatformOwner);
      const groupAdmin =
        c.routing === CaseRouting.GroupAdmins && c.groupId
          ? (await manager.query(`SELECT 1 FROM group_members WHERE group_id = $1 AND user_id = $2 AND role <> 'member'`, [c.groupId, assigneeId])).length > 0
          : false;
      if (!(c.routing === CaseRouting.Platform ? staff : groupAdmin)) {
        throw new ModerationError(ModerationErrorCode.NotAllowed, 'assigneeId must be someone who handles this queue (a moderator, or an admin of the group)');
      }
      c.assignedTo = assigneeId;
      if (assigneeId !== caller.id) await this.notify.inApp(manager, assigneeId, 'moderation.case_assigned', { caseId: c.id });
      return `assigned to ${assigneeId}`;
    });
  }

  /** Group admins hand a case to the platform. */
  escalate(caller: Caller, id: string, reason: string): Promise<CaseRecord> {
    return this.change(caller, id, AuditAction.CaseEscalated, async (manager, c) => {
      if (c.routing === CaseRouting.Platform) throw new ModerationError(ModerationErrorCode.ActionNotApplicable, 'The case is already with the platform');
      Object.assign(c, { routing: CaseRouting.Platform, escalatedAt: new Date(), escalationReason: 'manual', claimedBy: null, claimedUntil: null, assignedTo: null });
      return reason;
    });
  }

  async addNote(caller: Caller, id: string, text: string): Promise<{ id: string; authorId: string | null; text: string; createdAt: string }> {
    return this.db.transaction(async (manager) => {
      const c = await this.visible(manager, caller, id);
      const note = await manager.save(manager.create(CaseNote, { caseId: c.id, authorId: caller.id, text }));
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.CaseNoteAdded,
        subjectType: Subject.ModerationCase,
        subjectId: c.id,
        municipalityId: c.municipalityId,
        requestId: caller.requestId,
      });
      return { id: note.id, authorId: note.authorId, text: note.text, createdAt: note.createdAt.toISOString() };
    });
  }

  /**
   * Cases group admins have left untouched past the limit go to the platform. Idempotent: the
   * job may run twice, or on two instances, and still escalates each case once.
   */
  async escalateOverdue(actor: Actor = { id: null, requestId: 'escalation-job' }): Promise<number> {
    let escalated = 0;
    for (;;) {
      const batch = await this.escalateOverdueBatch(actor);
      escalated += batch;
      if (batch < ESCALATION_BATCH) return escalated;
    }
  }

  /**
   * One batch per transaction: after an outage of the job thousands of cases can be overdue, and
   * one transaction for them all would hold their row locks (and moderators' decisions) for as
   * long as its audit rows take. Cases being decided right now are skipped, not waited for.
   */
  private escalateOverdueBatch(actor: Actor): Promise<number> {
    return this.db.transaction(async (manager) => {
      const rows = returnedRows<{ id: string; municipality_id: string | null }>(
        await manager.query(
          `UPDATE moderation_cases SET routing = 'platform', escalated_at = now(), escalation_reason = 'timeout', claimed_by = NULL, claimed_until = NULL, assigned_to = NULL
          WHERE id IN (
            SELECT id FROM moderation_cases
             WHERE status = 'open' AND routing = 'group_admins' AND first_action_at IS NULL AND created_at <= now() - make_interval(hours => $1)
             ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING id, municipality_id`,
          [this.config.moderation.escalationHours, ESCALATION_BATCH],
        ),
      );
      for (const row of rows) {
        await this.audit.record(manager, {
          actorId: actor.id,
          action: AuditAction.CaseEscalated,
          subjectType: Subject.ModerationCase,
          subjectId: row.id,
          municipalityId: row.municipality_id,
          reason: `untouched by the group's admins for ${this.config.moderation.escalationHours} hours`,
          requestId: actor.requestId,
        });
      }
      return rows.length;
    });
  }

  /** The case, or 404 when it does not exist or is outside the caller's queue. */
  async visible(manager: EntityManager, caller: Caller, id: string, lock = false): Promise<ModerationCase> {
    const qb = manager.getRepository(ModerationCase).createQueryBuilder('c').where('c.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const c = await qb.getOne();
    if (!c || !allows(caller.ability, Action.Read, Subject.ModerationCase, c)) throw new ModerationError(ModerationErrorCode.CaseNotFound, `No case with id ${id}`);
    return c;
  }

  assertNotHeldByOther(c: ModerationCase, callerId: string): void {
    if (c.claimedBy && c.claimedBy !== callerId && c.claimedUntil && c.claimedUntil > new Date()) {
      throw new ModerationError(ModerationErrorCode.ClaimedByOther, `The case is claimed by ${c.claimedBy} until ${c.claimedUntil.toISOString()}`);
    }
  }

  private change(caller: Caller, id: string, action: AuditAction, apply: (manager: EntityManager, c: ModerationCase) => Promise<string | null>): Promise<CaseRecord> {
    return this.db.transaction(async (manager) => {
      const c = await this.visible(manager, caller, id, true);
      if (!allows(caller.ability, Action.Update, Subject.ModerationCase, c)) throw new ModerationError(ModerationErrorCode.NotAllowed, 'You may not work on this case');
      if (c.status !== CaseStatus.Open) throw new ModerationError(ModerationErrorCode.CaseClosed, `The case is already ${c.status}`);
      const reason = await apply(manager, c);
      await manager.save(c);
      await this.audit.record(manager, {
        actorId: caller.id,
        action,
        subjectType: Subject.ModerationCase,
        subjectId: c.id,
        municipalityId: c.municipalityId,
        reason,
        requestId: caller.requestId,
        contextIds: c.groupId ? [c.groupId] : [],
      });
      return toCaseRecord(c);
    });
  }

  private async authorHistory(manager: EntityManager, c: ModerationCase) {
    if (!c.authorId) return { earlierCases: [], strikes: [] };
    const [earlierCases, strikes] = await Promise.all([
      manager.query(
        `SELECT id, item_type AS "itemType", status, rules, first_notice_at AS "firstNoticeAt" FROM moderation_cases WHERE author_id = $1 AND id <> $2 ORDER BY first_notice_at DESC LIMIT 20`,
        [c.authorId, c.id],
      ),
      manager.query(
        `SELECT id, rule, created_at AS "createdAt", expires_at AS "expiresAt", expunged_at AS "expungedAt", expunged_reason AS "expungedReason",
                (expunged_at IS NULL AND expires_at > now()) AS active
           FROM moderation_strikes WHERE user_id = $1 ORDER BY created_at DESC`,
        [c.authorId],
      ),
    ]);
    return { earlierCases, strikes };
  }
}
