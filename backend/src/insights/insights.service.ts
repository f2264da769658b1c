import { Injectable } from '@nestjs/common';
import { CHARTS, type ChartName } from '@samverka/shared';
import { RESTRICTED_ACCOUNTS } from '../identity/users/processing-restriction.js';
import { DataSource } from 'typeorm';
import { onReplica } from '../platform/database/replica-reads.js';
import type { ChartScope } from './chart-scope.js';

type Row = Record<string, string | number | boolean | null>;

/**
 * `$1` is the municipality list (null for all), `$2`/`$3` the first and last Swedish day. Every
 * query names all three (PostgreSQL refuses a parameter it cannot type), so one list serves all.
 */
const IN_SCOPE = (column: string) => `($1::uuid[] IS NULL OR ${column} = ANY($1::uuid[]))`;
const DAY_START = `($2::date::timestamp AT TIME ZONE 'Europe/Stockholm')`;
const DAY_END = `(($3::date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`;

/**
 * The numbers behind every chart. Post counts come from the rollups (never from the posts
 * table, except the map's bounded index range); the rest from small tables.
 */
@Injectable()
export class InsightsService {
  constructor(private readonly db: DataSource) {}

  async chart(chart: ChartName, scope: ChartScope): Promise<Row[]> {
    // Dashboards tolerate a replica's lag.
    const query = (sql: string) => onReplica(this.db, (replica) => replica.query<Row[]>(sql, [scope.municipalityIds, scope.from, scope.to]));
    switch (chart) {
      case CHARTS.postsPerDay:
        return query(
          // Summed over the period's index range first, then laid over the days: joined to the
          // series directly, the planner read the municipality's whole history (40 ms, not 1).
          `SELECT d::date::text AS day, coalesce(s.green, 0)::int AS green, coalesce(s.yellow, 0)::int AS yellow, coalesce(s.red, 0)::int AS red
             FROM generate_series($2::date, $3::date, interval '1 day') d
             LEFT JOIN (SELECT h.day, sum(h.green) AS green, sum(h.yellow) AS yellow, sum(h.red) AS red FROM insight_post_hours h
                         WHERE h.day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('h.municipality_id')} GROUP BY h.day) s ON s.day = d::date
            ORDER BY d`,
        );
      case CHARTS.postsByHour:
        return query(
          `SELECT hr AS hour, coalesce(sum(h.green), 0)::int AS green, coalesce(sum(h.yellow), 0)::int AS yellow, coalesce(sum(h.red), 0)::int AS red
             FROM generate_series(0, 23) hr
             LEFT JOIN insight_post_hours h ON h.hour = hr AND h.day BETWEEN $2::date AND $3::date AND ${IN_SCOPE('h.municipality_id')}
            GROUP BY hr ORDER BY hr`,
        );
      case CHARTS.activeAuthors:
        return query(
          `SELECT week::text, sum(authors)::int AS authors FROM insight_weekly_authors
            WHERE week BETWEEN date_trunc('week', $2::date)::date AND $3::date AND ${IN_SCOPE('municipality_id')}
            GROUP BY week ORDER BY week`,
        );
      case CHARTS.groupSizes:
        return query(
          `WITH sizes AS (
             SELECT g.id, (SELECT count(*) FROM group_members m WHERE m.group_id = g.id) AS members
               FROM groups g WHERE ${IN_SCOPE('g.municipality_id')} AND g.status = 'active' AND $2::date IS NOT NULL AND $3::date IS NOT NULL)
           SELECT band, count(s.id)::int AS groups
             FROM (VALUES (1, '<30'), (2, '30-100'), (3, '>100')) AS b(position, band)
             LEFT JOIN sizes s ON b.band = CASE WHEN s.members < 30 THEN '<30' WHEN s.members <= 100 THEN '30-100' ELSE '>100' END
            GROUP BY b.position, band ORDER BY b.position`,
        );
      case CHARTS.groupGrowth:
        return query(
          `SELECT date_trunc('week', m.joined_at AT TIME ZONE 'Europe/Stockholm')::date::text AS week, count(*)::int AS joined
             FROM group_members m JOIN groups g ON g.id = m.group_id
            WHERE ${IN_SCOPE('g.municipality_id')} AND m.joined_at >= ${DAY_START} AND m.joined_at < ${DAY_END}
            GROUP BY 1 ORDER BY 1`,
        );
      case CHARTS.verification:
        return query(
          `SELECT (SELECT count(DISTINCT b.organisation_id) FROM badges b JOIN organisation_municipalities om ON om.organisation_id = b.organisation_id
                    WHERE b.kind = 'organisation' AND b.status = 'active' AND b.valid_until > now() AND ${IN_SCOPE('om.municipality_id')})::int AS verified_organisations,
                  count(a.id)::int AS backlog,
                  coalesce(max(extract(day FROM now() - a.created_at)), 0)::int AS oldest_days,
                  count(a.id) FILTER (WHERE a.created_at < now() - interval '7 days')::int AS older_than_a_week
             FROM verification_applications a
            WHERE a.status IN ('pending', 'info_requested', 'awaiting_domain_proof') AND $2::date IS NOT NULL AND $3::date IS NOT NULL
              AND EXISTS (SELECT 1 FROM organisation_municipalities om WHERE om.organisation_id = a.organisation_id AND ${IN_SCOPE('om.municipality_id')})`,
        );
      case CHARTS.reportsPerRule:
        return query(
          `SELECT n.rule, count(*)::int AS notices FROM moderation_notices n JOIN moderation_cases c ON c.id = n.case_id
            WHERE ${IN_SCOPE('c.municipality_id')} AND n.created_at >= ${DAY_START} AND n.created_at < ${DAY_END}
            GROUP BY n.rule ORDER BY notices DESC, n.rule`,
        );
      case CHARTS.mapPoints:
        return query(
          `SELECT p.id, p.latitude::float AS latitude, p.longitude::float AS longitude, p.priority, p.created_at AS "createdAt"
             FROM posts p
            WHERE p.group_id IS NULL AND ${IN_SCOPE('p.municipality_id')} AND p.created_at >= ${DAY_START} AND p.created_at < ${DAY_END}
              AND p.priority IN ('red', 'yellow') AND p.status = 'visible' AND p.author_id NOT IN (${RESTRICTED_ACCOUNTS})
            ORDER BY p.created_at DESC LIMIT 2000`,
        );
      case CHARTS.openCases:
        return query(
          `SELECT routing, CASE WHEN base_priority >= 60 THEN 'high' WHEN base_priority >= 30 THEN 'medium' ELSE 'low' END AS priority, count(*)::int AS cases
             FROM moderation_cases WHERE status = 'open' AND ${IN_SCOPE('municipality_id')} AND $2::date IS NOT NULL AND $3::date IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2`,
        );
      case CHARTS.moderationSpeed:
        return query(
          `SELECT period,
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_action_at - first_notice_at) / 3600))::numeric, 1)::float AS median_hours_to_first_action,
                  round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - first_notice_at) / 3600))::numeric, 1)::float AS median_hours_to_decision,
                  count(*)::int AS cases
             FROM (SELECT *, CASE WHEN first_notice_at >= date_trunc('week', now()) THEN 'this_week' ELSE 'last_week' END AS period
                     FROM moderation_cases
                    WHERE first_notice_at >= date_trunc('week', now()) - interval '7 days' AND ${IN_SCOPE('municipality_id')} AND $2::date IS NOT NULL AND $3::date IS NOT NULL) c
            GROUP BY period ORDER BY period DESC`,
        );
      case CHARTS.overdueCases:
        return query(
          `SELECT routing, count(*)::int AS overdue FROM moderation_cases
            WHERE status = 'open' AND ${IN_SCOPE('municipality_id')} AND $2::date IS NOT NULL AND $3::date IS NOT NULL
              AND first_notice_at < now() - CASE WHEN routing = 'platform' THEN interval '24 hours' ELSE interval '72 hours' END
            GROUP BY routing ORDER BY routing`,
        );
      case CHARTS.appeals:
        return query(
          `SELECT count(*)::int AS received, count(*) FILTER (WHERE a.status <> 'pending')::int AS decided, count(*) FILTER (WHERE a.status = 'reversed')::int AS reversed,
                  CASE WHEN count(*) FILTER (WHERE a.status <> 'pending') = 0 THEN 0
                       ELSE round(100.0 * count(*) FILTER (WHERE a.status = 'reversed') / count(*) FILTER (WHERE a.status <> 'pending'), 1)::float END AS reversal_rate_percent
             FROM moderation_appeals a JOIN moderation_cases c ON c.id = a.case_id
            WHERE ${IN_SCOPE('c.municipality_id')} AND a.created_at >= ${DAY_START} AND a.created_at < ${DAY_END}`,
        );
      case CHARTS.misuse:
        return query(
          `SELECT s.user_id AS "userId", u.display_name AS "displayName", s.unfounded_count AS "unfoundedSinceLastSanction", s.warned_at AS "warnedAt",
                  s.suspended_until AS "suspendedUntil", s.suspensions
             FROM reporter_standing s JOIN users u ON u.id = s.user_id
            WHERE (s.unfounded_count > 0 OR s.suspensions > 0) AND ${IN_SCOPE('u.home_municipality_id')} AND $2::date IS NOT NULL AND $3::date IS NOT NULL
            ORDER BY s.suspended_until DESC NULLS LAST, s.unfounded_count DESC LIMIT 50`,
        );
      case CHARTS.privacyDeadlines:
        // Open data-subject requests by how close their (possibly extended) deadline is.
        return query(
          `SELECT band, count(r.id)::int AS requests
             FROM (VALUES (1, 'overdue'), (2, 'within_7_days'), (3, 'within_30_days'), (4, 'later')) AS b(position, band)
             LEFT JOIN privacy_requests r ON r.status IN ('received', 'scheduled', 'processing') AND $2::date IS NOT NULL AND $3::date IS NOT NULL
                  AND ($1::uuid[] IS NULL OR EXISTS (SELECT 1 FROM users u WHERE u.id = r.subject_id AND u.home_municipality_id = ANY($1::uuid[])))
                  AND b.band = CASE WHEN coalesce(r.extended_due_at, r.due_at) < now() THEN 'overdue'
                                    WHEN coalesce(r.extended_due_at, r.due_at) < now() + interval '7 days' THEN 'within_7_days'
                                    WHEN coalesce(r.extended_due_at, r.due_at) < now() + interval '30 days' THEN 'within_30_days'
                                    ELSE 'later' END
            GROUP BY b.position, band ORDER BY b.position`,
        );
      case CHARTS.municipalities:
        return query(
          `SELECT m.id AS "municipalityId", m.name, m.code,
                  coalesce((SELECT sum(green + yellow + red) FROM insight_post_hours h WHERE h.municipality_id = m.id AND h.day BETWEEN $2::date AND $3::date), 0)::int AS posts,
                  coalesce((SELECT sum(red) FROM insight_post_hours h WHERE h.municipality_id = m.id AND h.day BETWEEN $2::date AND $3::date), 0)::int AS red,
                  (SELECT count(*) FROM groups g WHERE g.municipality_id = m.id AND g.status = 'active')::int AS groups,
                  (SELECT count(*) FROM moderation_cases c WHERE c.municipality_id = m.id AND c.status = 'open')::int AS open_cases,
                  (SELECT count(*) FROM verification_applications a JOIN organisation_municipalities om ON om.organisation_id = a.organisation_id
                    WHERE om.municipality_id = m.id AND a.status IN ('pending', 'info_requested'))::int AS verification_backlog
             FROM municipalities m WHERE ${IN_SCOPE('m.id')} ORDER BY m.name`,
        );
    }
  }
}
