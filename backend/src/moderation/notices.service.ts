import { Injectable } from '@nestjs/common';
import { autoHideStatement, urgentCaseAlert } from './decision-words.js';
import { AuditAction, CaseRouting, ConductRule, ContentStatus, ModerationActionType, type NoticeRecord, ReporterKind, Role, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { GroupAccess } from '../groups/group-access.service.js';
import { OrganisationRelations } from '../identity/organisation-relations.port.js';
import { Group } from '../groups/group.entity.js';
import { NotifyService } from '../notify/notify.service.js';
import { AppConfig } from '../platform/config/app-config.js';
import type { ListQuery } from '../platform/http/simple-rest/list-query.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { type CreateNoticeDto, MY_NOTICES_LIST, type MyNoticeFilterDto } from './dto/notice.dto.js';
import { ModerationAction } from './moderation-action.entity.js';
import { ModerationCase } from './moderation-case.entity.js';
import { IntakeStatements } from './intake-statements.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';
import { toNoticeRecord } from './notice-records.js';
import { Notice } from './notice.entity.js';
import { type ReportedItem, ReportedItems } from './reported-items.js';
import { PLATFORM_RULES, scoreCase } from './scoring.js';
import { VerifiedReporters } from './verified-reporters.port.js';

export const MAX_NOTICES_PER_HOUR = 20;
export const MAX_NOTICES_PER_DAY = 100;

/**
 * Reports coming in. Each notice joins the one open case of its item (created on the first),
 * which is re-scored and re-routed in the same transaction; enough distinct reporters with
 * established accounts, or the police reporting a threat, hide the item at once as an automated
 * action.
 */
@Injectable()
export class NoticesService {
  constructor(
    private readonly db: DataSource,
    private readonly items: ReportedItems,
    private readonly groups: GroupAccess,
    private readonly verified: VerifiedReporters,
    private readonly organisations: OrganisationRelations,
    private readonly audit: AuditService,
    private readonly notify: NotifyService,
    private readonly config: AppConfig,
    private readonly statements: IntakeStatements,
  ) {}

  /**
   * One notice in one transaction of few statements: notice intake is the busiest write the
   * platform has (a viral post draws hundreds of reports in minutes).
   */
  async submit(caller: Caller, dto: CreateNoticeDto): Promise<NoticeRecord> {
    if (dto.rule === ConductRule.Illegal && (!dto.legalGround || dto.goodFaith !== true)) {
      throw new ModerationError(ModerationErrorCode.IllegalNeedsGround, 'legalGround and goodFaith: true are required when rule is illegal');
    }
    const verifiedKind = await this.verified.kindOf(caller.id);
    const notice = await this.db.transaction(async (manager) => {
      await this.assertMayReport(manager, caller.id);
      const item = await this.items.describe(manager, dto.itemType, dto.itemId);
      await this.assertCanSeeItem(manager, caller, item);
      if (item.authorId === caller.id && dto.itemType !== 'group') throw new ModerationError(ModerationErrorCode.CannotReportSelf, 'You cannot report your own content or account');
      const reporterKind: ReporterKind = verifiedKind ?? (item.groupId && caller.adminGroupIds.includes(item.groupId) ? ReporterKind.GroupAdmin : ReporterKind.User);
      const authorityPost = item.asOrganisationId ? await this.organisations.isVerifiedAuthority(item.asOrganisationId) : false;
      const moderationCase = await this.openCase(manager, dto, item, authorityPost);
      const saved = await this.statements.addNotice(manager, {
        caseId: moderationCase.id,
        itemType: dto.itemType,
        itemId: dto.itemId,
        reporterId: caller.id,
        reporterKind,
        rule: dto.rule,
        legalGround: dto.legalGround ?? null,
        explanation: dto.explanation,
        goodFaith: dto.goodFaith ?? false,
      });
      // One notice per reporter and item: the insert finds an earlier one, or one sent at the same moment.
      if (!saved) throw new ModerationError(ModerationErrorCode.AlreadyReported, 'You have already reported this: see its progress under your reports');
      const wasAlerting = moderationCase.noticeCount > 0 && this.alerting(moderationCase);
      const sameRuleReporters = await this.rescore(manager, moderationCase, item, dto.rule, authorityPost);
      await this.autoHide(manager, moderationCase, item, dto.rule, reporterKind, authorityPost ? 0 : sameRuleReporters);
      await this.notify.inApp(manager, caller.id, 'moderation.notice_received', { noticeId: saved.id, itemType: dto.itemType, itemId: dto.itemId });
      if (!wasAlerting && this.alerting(moderationCase)) await this.alertModerators(manager, moderationCase);
      return saved;
    });
    return toNoticeRecord(notice);
  }

  /** "My reports": every notice the caller made, with its outcome. */
  async mine(caller: Caller, query: ListQuery<MyNoticeFilterDto>): Promise<Page<NoticeRecord>> {
    const qb = this.db.getRepository(Notice).createQueryBuilder('n').where('n.reporterId = :me', { me: caller.id });
    if (query.filter.id) qb.andWhere('n.id = ANY(:ids)', { ids: query.filter.id });
    qb.orderBy('n.createdAt', query.sort.order).addOrderBy('n.id').skip(query.offset).take(query.limit);
    const [rows, total] = await qb.getManyAndCount();
    return new Page(MY_NOTICES_LIST.resource, rows.map(toNoticeRecord), query.offset, total);
  }

  /** Refuses a reporter whose right to report is suspended, or who has reported a lot just now. */
  private async assertMayReport(manager: EntityManager, userId: string): Promise<void> {
    const row = await this.statements.standingOf(manager, userId);
    if (row.suspended_until && row.suspended_until.getTime() > Date.now()) {
      throw new ModerationError(ModerationErrorCode.ReportingSuspended, `Your right to report is suspended until ${row.suspended_until.toISOString()} after repeated unfounded reports`);
    }
    if (row.hour >= MAX_NOTICES_PER_HOUR || row.day >= MAX_NOTICES_PER_DAY)
      throw new ModerationError(ModerationErrorCode.TooManyNotices, 'You have sent many reports in a short time: try again later');
  }

  /** Content in a locked group, or sent to an organisation, can only be reported by those who can read it. */
  private async assertCanSeeItem(manager: EntityManager, caller: Caller, item: ReportedItem): Promise<void> {
    if (item.organisationId) {
      const memberships = await this.organisations.of(caller.id);
      if (!memberships.some((membership) => membership.id === item.organisationId)) throw new ModerationError(ModerationErrorCode.ItemNotFound, 'No such item that you can see');
      return;
    }
    if (!item.groupId || !item.locked) return;
    const staff = caller.roles.includes(Role.PlatformOwner) || caller.roles.includes(Role.Moderator);
    if (!staff && !(await this.groups.membership(manager, item.groupId, caller.id))) {
      throw new ModerationError(ModerationErrorCode.ItemNotFound, 'No such item that you can see');
    }
  }

  /**
   * The open case of the item, created with the first notice, and locked for this transaction
   * either way: the upsert takes the row lock that concurrent notices on the item wait for.
   * What a verified police or municipal organisation posted is for the platform, not a group's admins.
   */
  private openCase(manager: EntityManager, dto: CreateNoticeDto, item: ReportedItem, authorityPost: boolean): Promise<ModerationCase> {
    const routing = item.groupId && !PLATFORM_RULES.includes(dto.rule) && !authorityPost ? CaseRouting.GroupAdmins : CaseRouting.Platform;
    return this.statements.openCaseFor(manager, {
      itemType: dto.itemType,
      itemId: dto.itemId,
      groupId: item.groupId,
      municipalityId: item.municipalityId,
      authorId: item.authorId,
      routing,
      escalated: Boolean(item.groupId) && routing === CaseRouting.Platform,
    });
  }

  /**
   * Recomputes the case's score from its notices; answers how many distinct people with
   * established accounts reported it for `rule`.
   */
  private async rescore(manager: EntityManager, moderationCase: ModerationCase, item: ReportedItem, rule: ConductRule, authorityPost: boolean): Promise<number> {
    const stats = await this.statements.statisticsOf(manager, moderationCase.id, rule, this.config.moderation.autoHideMinAccountAgeHours);
    const { base, parts } = scoreCase({ rules: stats.rules, redPost: item.redPost, reporterCount: stats.reporters, verifiedReporter: stats.verified, authorityPost });
    // A threat or illegal content reaches the platform at once, even in a group.
    const escalate = moderationCase.routing === CaseRouting.GroupAdmins && (PLATFORM_RULES.includes(rule) || authorityPost);
    await this.statements.saveScore(manager, moderationCase.id, { noticeCount: stats.notices, reporterCount: stats.reporters, rules: stats.rules, basePriority: base, scoreParts: parts, escalate });
    Object.assign(moderationCase, { noticeCount: stats.notices, reporterCount: stats.reporters, rules: stats.rules, basePriority: base, scoreParts: parts, lastNoticeAt: new Date() });
    if (escalate) Object.assign(moderationCase, { routing: CaseRouting.Platform, escalatedAt: new Date(), escalationReason: 'severity' });
    return stats.same_rule_established;
  }

  /**
   * Hides the item pending review when enough established accounts reported it for one rule, or
   * a verified police officer reported a threat or illegal content. A verified authority's post
   * is never hidden by the count (the caller passes 0): its case is at the top of the queue instead.
   */
  private async autoHide(manager: EntityManager, moderationCase: ModerationCase, item: ReportedItem, rule: ConductRule, reporterKind: ReporterKind, same: number): Promise<void> {
    if (!item.content || item.status !== ContentStatus.Visible || moderationCase.autoHiddenAt) return;
    const policeAlarm = reporterKind === ReporterKind.VerifiedPolice && PLATFORM_RULES.includes(rule);
    if (same < this.config.moderation.autoHideThreshold && !policeAlarm) return;
    const why = policeAlarm ? 'a verified police officer reported it' : `${same} people reported it for the same rule`;
    // The statement is the author's to read, in their language (the audit reason stays the staff's English).
    const language = moderationCase.authorId ? await this.notify.languageOf(manager, moderationCase.authorId) : 'sv';
    await this.items.setStatus(manager, moderationCase.itemType, moderationCase.itemId, ContentStatus.Hidden, null);
    const action = await manager.save(
      manager.create(ModerationAction, {
        caseId: moderationCase.id,
        type: ModerationActionType.Hide,
        rule,
        legalGround: rule === ConductRule.Illegal ? 'pending review' : null,
        automated: true,
        statement: autoHideStatement(language, policeAlarm ? { policeAlarm } : { policeAlarm, reporters: same }),
      }),
    );
    moderationCase.autoHiddenAt = new Date();
    await manager.update(ModerationCase, { id: moderationCase.id }, { autoHiddenAt: moderationCase.autoHiddenAt });
    await this.audit.record(manager, {
      actorId: null,
      action: AuditAction.ModerationAutoHide,
      subjectType: Subject.ModerationCase,
      subjectId: moderationCase.id,
      municipalityId: moderationCase.municipalityId,
      reason: why,
    });
    if (moderationCase.authorId) {
      await this.notify.inApp(manager, moderationCase.authorId, 'moderation.statement', {
        caseId: moderationCase.id,
        actionId: action.id,
        type: action.type,
        rule,
        statement: action.statement,
        automated: true,
      });
    }
  }

  private alerting(moderationCase: ModerationCase): boolean {
    return moderationCase.routing === CaseRouting.Platform && moderationCase.basePriority >= this.config.moderation.alertPriority;
  }

  /** Tells every active moderator of an urgent case: in the console, and by e-mail. */
  private async alertModerators(manager: EntityManager, moderationCase: ModerationCase): Promise<void> {
    const moderators: { id: string; email: string }[] = await manager.query(`SELECT id, email FROM users WHERE 'moderator' = ANY(roles) AND status = 'active'`);
    const group = moderationCase.groupId ? await manager.findOneBy(Group, { id: moderationCase.groupId }) : null;
    for (const moderator of moderators) {
      await this.notify.inApp(manager, moderator.id, 'moderation.urgent_case', { caseId: moderationCase.id, priority: moderationCase.basePriority });
      const language = await this.notify.languageOf(manager, moderator.id);
      const params = urgentCaseAlert(language, moderationCase.basePriority, group?.name ?? null, moderationCase.rules);
      await this.notify.email(manager, { to: moderator.email, userId: moderator.id, template: 'notification', language, params });
    }
  }
}
