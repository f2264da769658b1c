import { Injectable } from '@nestjs/common';
import type { CaseRouting, ConductRule, ReporterKind, ScorePart } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import { PreparedStatement } from '../platform/database/prepared-statement.js';
import { entityColumns, entityFromRow } from '../platform/database/returning.js';
import { ModerationCase } from './moderation-case.entity.js';
import { Notice } from './notice.entity.js';

/** Whether a reporter may report now: a suspension, and the notices of the last hour and day. */
export interface StandingRow {
  suspended_until: Date | null;
  hour: number;
  day: number;
}

export interface CaseStatistics {
  notices: number;
  reporters: number;
  rules: ConductRule[];
  verified: boolean;
  same_rule: number;
  /** Distinct reporters for the rule whose accounts were old enough when they reported. */
  same_rule_established: number;
}

export interface NewNotice {
  caseId: string;
  itemType: string;
  itemId: string;
  reporterId: string;
  reporterKind: ReporterKind;
  rule: ConductRule;
  legalGround: string | null;
  explanation: string;
  goodFaith: boolean;
}

export interface CaseScore {
  noticeCount: number;
  reporterCount: number;
  rules: ConductRule[];
  basePriority: number;
  scoreParts: ScorePart[];
  /** Moves a group's case to the platform (a threat or illegal content). */
  escalate: boolean;
}

/**
 * The statements of notice intake, the platform's busiest write, as hand-written prepared
 * statements: TypeORM's save and update machinery was a sixth of a notice's CPU in the API.
 */
@Injectable()
export class IntakeStatements {
  private readonly standing = new PreparedStatement<StandingRow>(
    `SELECT (SELECT suspended_until FROM reporter_standing WHERE user_id = $1) AS suspended_until,
            count(*) FILTER (WHERE created_at > now() - interval '1 hour')::int AS hour,
            count(*) FILTER (WHERE created_at > now() - interval '1 day')::int AS day
       FROM moderation_notices WHERE reporter_id = $1 AND created_at > now() - interval '1 day'`,
  );
  // Only reporters whose active account was old enough when they reported count towards hiding:
  // accounts registered for the purpose would otherwise hide anything (issue 16, item 3).
  private readonly statistics = new PreparedStatement<CaseStatistics>(
    `SELECT count(*)::int AS notices, count(DISTINCT n.reporter_id)::int AS reporters, array_agg(DISTINCT n.rule) AS rules,
            bool_or(n.reporter_kind IN ('verified_police', 'verified_municipality')) AS verified,
            count(DISTINCT n.reporter_id) FILTER (WHERE n.rule = $2)::int AS same_rule,
            count(DISTINCT n.reporter_id) FILTER (
              WHERE n.rule = $2 AND u.status = 'active' AND u.created_at <= n.created_at - make_interval(hours => $3::int)
                AND u.email_confirmed_at <= n.created_at
            )::int AS same_rule_established
       FROM moderation_notices n LEFT JOIN users u ON u.id = n.reporter_id
      WHERE n.case_id = $1`,
  );
  private readonly rescore = new PreparedStatement(
    `UPDATE moderation_cases
        SET notice_count = $2, reporter_count = $3, rules = $4, base_priority = $5, score_parts = $6, last_notice_at = now(),
            routing = CASE WHEN $7 THEN 'platform' ELSE routing END,
            escalated_at = CASE WHEN $7 THEN now() ELSE escalated_at END,
            escalation_reason = CASE WHEN $7 THEN 'severity' ELSE escalation_reason END
      WHERE id = $1`,
  );
  private readonly openCase: PreparedStatement<Record<string, unknown>>;
  private readonly insertNotice: PreparedStatement<Record<string, unknown>>;

  constructor(db: DataSource) {
    // The upsert takes the row lock that concurrent notices on the item wait for.
    this.openCase = new PreparedStatement(
      `INSERT INTO moderation_cases (item_type, item_id, group_id, municipality_id, author_id, routing, escalated_at, escalation_reason)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $7 THEN now() END, CASE WHEN $7 THEN 'severity' END)
       ON CONFLICT (item_type, item_id) WHERE status = 'open' DO UPDATE SET last_notice_at = now()
       RETURNING ${entityColumns(db.manager, ModerationCase)}`,
    );
    // One notice per reporter and item, whether the first was sent long ago or at the same moment.
    this.insertNotice = new PreparedStatement(
      `INSERT INTO moderation_notices (case_id, item_type, item_id, reporter_id, reporter_kind, rule, legal_ground, explanation, good_faith)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (reporter_id, item_type, item_id) DO NOTHING
       RETURNING ${entityColumns(db.manager, Notice)}`,
    );
  }

  async standingOf(manager: EntityManager, reporterId: string): Promise<StandingRow> {
    const [row] = await this.standing.rows(manager, [reporterId]);
    return row;
  }

  async openCaseFor(
    manager: EntityManager,
    values: { itemType: string; itemId: string; groupId: string | null; municipalityId: string | null; authorId: string | null; routing: CaseRouting; escalated: boolean },
  ): Promise<ModerationCase> {
    const [row] = await this.openCase.rows(manager, [values.itemType, values.itemId, values.groupId, values.municipalityId, values.authorId, values.routing, values.escalated]);
    return entityFromRow(manager, ModerationCase, row);
  }

  /** The saved notice, or null when the reporter has reported the item already. */
  async addNotice(manager: EntityManager, notice: NewNotice): Promise<Notice | null> {
    const [row] = await this.insertNotice.rows(manager, [
      notice.caseId,
      notice.itemType,
      notice.itemId,
      notice.reporterId,
      notice.reporterKind,
      notice.rule,
      notice.legalGround,
      notice.explanation,
      notice.goodFaith,
    ]);
    return row ? entityFromRow(manager, Notice, row) : null;
  }

  async statisticsOf(manager: EntityManager, caseId: string, rule: ConductRule, minAccountAgeHours: number): Promise<CaseStatistics> {
    const [row] = await this.statistics.rows(manager, [caseId, rule, minAccountAgeHours]);
    return row;
  }

  async saveScore(manager: EntityManager, caseId: string, score: CaseScore): Promise<void> {
    await this.rescore.rows(manager, [caseId, score.noticeCount, score.reporterCount, score.rules, score.basePriority, JSON.stringify(score.scoreParts), score.escalate]);
  }
}
