import { Injectable } from '@nestjs/common';
import { swedishDay } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { type AuthorityOrderCounts, AuthorityOrderCountsService } from '../authority-orders/authority-order-counts.service.js';
import { Clock } from '../platform/clock/clock.js';
import { toCsv } from '../platform/csv/csv.js';
import { type DsaStatement, EXPORTED_ACTIONS, type ExportableAction, toDsaStatement } from './dsa-export.js';
import { assertAcceptedByTransparencyDatabase } from './dsa-export-check.js';
import type { PeriodQueryDto } from './dto/transparency.dto.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';
import { resolveTransparencyPeriod } from './transparency-period.js';

/**
 * The most statements of reasons one answer holds (about 1 kB each): the period bounds the days,
 * this bounds a period full of (automated) actions.
 */
export const MAX_DSA_STATEMENTS = 2_000;

export interface TransparencyReport {
  from: string;
  to: string;
  noticesByRule: Record<string, number>;
  noticesByReporterKind: Record<string, number>;
  actionsByType: Record<string, number>;
  actionsByGround: { illegal: number; incompatible: number };
  automatedActions: number;
  medianHoursToFirstAction: number | null;
  appeals: { received: number; decided: number; reversed: number };
  reportingSuspensions: number;
  /** Orders from authorities received in the period (Art. 15(1)(a)). */
  authorityOrders: AuthorityOrderCounts;
}

const tally = (rows: { key: string; n: number }[]) => Object.fromEntries(rows.map((row) => [row.key, row.n]));

/** What the platform did about reports in a period, in numbers with no personal data. */
@Injectable()
export class TransparencyService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly orders: AuthorityOrderCountsService,
  ) {}

  async report(query: Pick<PeriodQueryDto, 'from' | 'to'>): Promise<TransparencyReport> {
    const { from, to } = resolveTransparencyPeriod(query);
    const q = <T>(sql: string) => this.db.query<T>(sql, [from, to]);
    const [byRule, byKind, byType, grounds, automated, median, appeals, suspensions, authorityOrders] = await Promise.all([
      q<{ key: string; n: number }[]>(`SELECT rule AS key, count(*)::int AS n FROM moderation_notices WHERE created_at >= $1 AND created_at < $2 GROUP BY rule`),
      q<{ key: string; n: number }[]>(`SELECT reporter_kind AS key, count(*)::int AS n FROM moderation_notices WHERE created_at >= $1 AND created_at < $2 GROUP BY reporter_kind`),
      q<{ key: string; n: number }[]>(`SELECT type AS key, count(*)::int AS n FROM moderation_actions WHERE created_at >= $1 AND created_at < $2 GROUP BY type`),
      q<{ illegal: number; incompatible: number }[]>(
        `SELECT count(*) FILTER (WHERE rule = 'illegal')::int AS illegal, count(*) FILTER (WHERE rule IS NOT NULL AND rule <> 'illegal')::int AS incompatible
           FROM moderation_actions WHERE created_at >= $1 AND created_at < $2 AND type <> 'dismiss'`,
      ),
      q<{ n: number }[]>(`SELECT count(*)::int AS n FROM moderation_actions WHERE automated AND created_at >= $1 AND created_at < $2`),
      q<{ hours: number | null }[]>(
        `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - first_notice_at) / 3600) AS hours
           FROM moderation_cases WHERE first_action_at IS NOT NULL AND first_notice_at >= $1 AND first_notice_at < $2`,
      ),
      q<{ received: number; decided: number; reversed: number }[]>(
        `SELECT count(*)::int AS received, count(*) FILTER (WHERE status <> 'pending')::int AS decided, count(*) FILTER (WHERE status = 'reversed')::int AS reversed
           FROM moderation_appeals WHERE created_at >= $1 AND created_at < $2`,
      ),
      q<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'moderation.reporter_suspended' AND occurred_at >= $1 AND occurred_at < $2`),
      this.orders.between(from, to),
    ]);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      noticesByRule: tally(byRule),
      noticesByReporterKind: tally(byKind),
      actionsByType: tally(byType),
      actionsByGround: grounds[0],
      automatedActions: automated[0].n,
      medianHoursToFirstAction: median[0].hours === null ? null : Math.round(Number(median[0].hours) * 10) / 10,
      appeals: appeals[0],
      reportingSuspensions: suspensions[0].n,
      authorityOrders,
    };
  }

  /** The report as CSV: one line per measure. */
  toCsv(report: TransparencyReport): string {
    const lines: { measure: string; key: string; value: number | null }[] = [];
    const add = (measure: string, values: Record<string, number | null>) => Object.entries(values).forEach(([key, value]) => lines.push({ measure, key, value }));
    add('notices_by_rule', report.noticesByRule);
    add('notices_by_reporter_kind', report.noticesByReporterKind);
    add('actions_by_type', report.actionsByType);
    add('actions_by_ground', report.actionsByGround);
    add('automated_actions', { total: report.automatedActions });
    add('median_hours_to_first_action', { all: report.medianHoursToFirstAction });
    add('appeals', report.appeals);
    add('reporting_suspensions', { total: report.reportingSuspensions });
    const orders = report.authorityOrders;
    add('authority_orders_by_type', orders.byType);
    add('authority_orders_by_category', orders.byCategory);
    // Country codes in lower case, as every other key of the file.
    add('authority_orders_by_country', Object.fromEntries(Object.entries(orders.byCountry).map(([country, n]) => [country.toLowerCase(), n])));
    add('authority_orders_median_hours', { to_acknowledge: orders.medianHoursToAcknowledge, to_give_effect: orders.medianHoursToGiveEffect });
    return toCsv(lines, ['measure', 'key', 'value']);
  }

  async dsaStatements(query: Pick<PeriodQueryDto, 'from' | 'to'>): Promise<DsaStatement[]> {
    const { from, to } = resolveTransparencyPeriod(query);
    const rows: {
      id: string;
      type: ExportableAction['type'];
      rule: ExportableAction['rule'];
      automated: boolean;
      duration_days: number | null;
      created_at: Date;
      item_type: ExportableAction['itemType'];
      item_id: string;
      first_notice_at: Date;
      legal_ground: string | null;
      auto_hidden: boolean;
      has_notice: boolean;
      content_date: Date | null;
      has_image: boolean;
      db_now: Date;
    }[] = await this.db.query(
      `SELECT now() AS db_now, a.id, a.type, a.rule, a.automated, a.duration_days, a.created_at, c.item_type, c.item_id, c.first_notice_at,
              a.legal_ground,
              c.auto_hidden_at IS NOT NULL AS auto_hidden,
              EXISTS (SELECT 1 FROM moderation_notices n WHERE n.case_id = c.id) AS has_notice,
              coalesce(p.created_at, m.created_at, o.created_at, u.created_at, g.created_at) AS content_date,
              coalesce(p.image_file_id, m.image_file_id) IS NOT NULL AS has_image
         FROM moderation_actions a
         JOIN moderation_cases c ON c.id = a.case_id
         LEFT JOIN posts p ON c.item_type = 'post' AND p.id = c.item_id
         LEFT JOIN group_messages m ON c.item_type = 'group_message' AND m.id = c.item_id
         LEFT JOIN organisation_messages o ON c.item_type = 'organisation_message' AND o.id = c.item_id
         LEFT JOIN users u ON c.item_type = 'user' AND u.id = c.item_id
         LEFT JOIN groups g ON c.item_type = 'group' AND g.id = c.item_id
        WHERE a.created_at >= $1 AND a.created_at < $2 AND a.type = ANY($3::text[]) AND a.reversed_at IS NULL
        ORDER BY a.created_at LIMIT $4`,
      [from, to, EXPORTED_ACTIONS, MAX_DSA_STATEMENTS + 1],
    );
    if (rows.length > MAX_DSA_STATEMENTS) {
      const field = query.to === undefined ? 'from' : 'to';
      throw new ModerationError(ModerationErrorCode.PeriodTooLong, `${field}: the period holds more than ${MAX_DSA_STATEMENTS} statements of reasons; ask for a shorter one`);
    }
    const statements = rows.map((row) =>
      toDsaStatement({
        actionId: row.id,
        type: row.type,
        rule: row.rule,
        legalGround: row.legal_ground,
        automated: row.automated,
        automatedDetection: row.automated || row.auto_hidden,
        durationDays: row.duration_days,
        itemType: row.item_type,
        hasImage: row.has_image,
        contentDate: row.content_date ?? row.first_notice_at,
        decidedAt: row.created_at,
        fromNotice: row.has_notice,
      }),
    );
    // Decisions are dated by the database's clock: "not in the future" is judged by the same clock,
    // so a service host whose clock lags cannot refuse today's decisions as future ones.
    assertAcceptedByTransparencyDatabase(statements, swedishDay(rows[0]?.db_now ?? this.clock.now()));
    return statements;
  }
}
