import { Injectable } from '@nestjs/common';
import { CHARTS } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { onReplica } from '../../platform/database/replica-reads.js';
import { InsightsService } from '../insights.service.js';
import { BADGES_EXPIRING_DAYS, type LagesbildFigures, PRIORITIES, type PriorityCounts } from './lagesbild-figures.js';
import type { ComparedPeriods, Period } from './lagesbild-periods.js';

type Row = Record<string, string | number | boolean | null>;
const DAY_START = `($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')`;
const DAY_END = `(($3::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`;
const DECIDED_IN_PERIOD = `decided_at >= ${DAY_START} AND decided_at < ${DAY_END}`;

/**
 * Collects a report's figures: every figure a dashboard chart also shows comes from that chart's
 * own query (InsightsService, on the rollups), so the report and the charts API agree for the
 * same period and municipality; the rest from small per-municipality queries here.
 */
@Injectable()
export class LagesbildFiguresService {
  constructor(
    private readonly db: DataSource,
    private readonly insights: InsightsService,
  ) {}

  async collect(municipality: LagesbildFigures['municipality'], periods: ComparedPeriods, generatedAt: Date): Promise<LagesbildFigures> {
    const chart = <T>(name: (typeof CHARTS)[keyof typeof CHARTS], period: Period = periods.current) => this.insights.chart(name, { municipalityIds: [municipality.id], ...period }) as Promise<T[]>;
    type HourRow = { hour: number } & PriorityCounts;
    const [byHour, previousByHour, yearAgoByHour, groupSizes, groupGrowth, [verification], reportsPerRule, [appeals]] = await Promise.all([
      chart<HourRow>(CHARTS.postsByHour),
      chart<HourRow>(CHARTS.postsByHour, periods.previous),
      chart<HourRow>(CHARTS.postsByHour, periods.yearAgo),
      chart<{ band: string; groups: number }>(CHARTS.groupSizes),
      chart<{ week: string; joined: number }>(CHARTS.groupGrowth),
      chart<{ verified_organisations: number }>(CHARTS.verification),
      chart<{ rule: string; notices: number }>(CHARTS.reportsPerRule),
      chart<{ received: number; decided: number; reversed: number; reversal_rate_percent: number }>(CHARTS.appeals),
    ]);
    const own = (sql: string, extra: unknown[] = []) => onReplica(this.db, (replica) => replica.query<Row[]>(sql, [municipality.id, periods.current.from, periods.current.to, ...extra]));
    const [areas, [badges], [cases], decisions] = await Promise.all([
      own(
        // Posts carry a position, not an area: areas are known through the groups that name one.
        `SELECT a.name AS area,
                (SELECT count(*) FROM groups g WHERE g.municipality_id = $1 AND g.area_id IS NOT DISTINCT FROM a.id AND g.status = 'active')::int AS groups,
                (SELECT count(*) FROM group_members m JOIN groups g ON g.id = m.group_id
                  WHERE g.municipality_id = $1 AND g.area_id IS NOT DISTINCT FROM a.id AND m.joined_at >= ${DAY_START} AND m.joined_at < ${DAY_END})::int AS joined
           FROM (SELECT id, name FROM municipality_areas WHERE municipality_id = $1 UNION ALL SELECT NULL::uuid, NULL::text) a
          ORDER BY a.name NULLS LAST`,
      ),
      own(
        `SELECT count(DISTINCT b.id)::int AS expiring FROM badges b JOIN organisation_municipalities om ON om.organisation_id = b.organisation_id
          WHERE om.municipality_id = $1 AND b.status = 'active' AND b.valid_until > $4 AND b.valid_until <= $4::timestamptz + make_interval(days => $5)
            AND $2::date IS NOT NULL AND $3::date IS NOT NULL`,
        [generatedAt, BADGES_EXPIRING_DAYS],
      ),
      own(
        `SELECT count(*) FILTER (WHERE first_notice_at >= ${DAY_START} AND first_notice_at < ${DAY_END})::int AS opened,
                count(*) FILTER (WHERE ${DECIDED_IN_PERIOD})::int AS decided,
                round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - first_notice_at) / 3600) FILTER (WHERE ${DECIDED_IN_PERIOD}))::numeric, 1)::float AS median_hours
           FROM moderation_cases
          WHERE municipality_id = $1 AND ((first_notice_at >= ${DAY_START} AND first_notice_at < ${DAY_END}) OR (${DECIDED_IN_PERIOD}))`,
      ),
      own(
        `SELECT coalesce(a.rule, 'none') AS rule, count(*)::int AS decisions FROM moderation_actions a JOIN moderation_cases c ON c.id = a.case_id
          WHERE c.municipality_id = $1 AND a.created_at >= ${DAY_START} AND a.created_at < ${DAY_END}
          GROUP BY 1 ORDER BY decisions DESC, rule`,
      ),
    ]);
    return {
      municipality,
      periods,
      generatedAt,
      postsByPriority: { current: sumByPriority(byHour), previous: sumByPriority(previousByHour), yearAgo: sumByPriority(yearAgoByHour) },
      postsByHour: byHour,
      areas: areas.map((row) => ({ area: row.area as string | null, groups: Number(row.groups), joined: Number(row.joined) })),
      groupSizes,
      groupGrowth,
      verifiedOrganisations: verification?.verified_organisations ?? 0,
      badgesExpiring: Number(badges?.expiring ?? 0),
      reportsPerRule,
      cases: { opened: Number(cases?.opened ?? 0), decided: Number(cases?.decided ?? 0), medianHoursToDecision: (cases?.median_hours as number | null) ?? null },
      decisionsPerRule: decisions.map((row) => ({ rule: String(row.rule), decisions: Number(row.decisions) })),
      appeals: { received: appeals.received, decided: appeals.decided, reversed: appeals.reversed, reversalRatePercent: appeals.reversal_rate_percent },
    };
  }
}

const sumByPriority = (rows: readonly PriorityCounts[]): PriorityCounts =>
  Object.fromEntries(PRIORITIES.map((priority) => [priority, rows.reduce((sum, row) => sum + row[priority], 0)])) as PriorityCounts;
