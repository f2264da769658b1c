import { useTranslate } from 'react-admin';
import { CHARTS, type ChartName } from '@samverka/shared';
import { ChartCard, Figures } from './ChartCard';
import { allZero, Bars, PriorityBars, SERIES_COLOURS, useShortDay } from './chart-parts';
import type { ChartRow, Period } from './insights-api';
import { PostsMap } from './PostsMap';

export interface ChartsProps {
  charts: readonly ChartName[];
  period: Period;
  reloadKey: number;
}

const priorityEmpty = allZero('green', 'yellow', 'red');

/** A coordinator's picture of their municipality: activity, groups, verification, reports, the map. */
export const MunicipalCharts = ({ charts, period, reloadKey }: ChartsProps) => {
  const translate = useTranslate();
  const shortDay = useShortDay();
  const shows = (chart: ChartName) => charts.includes(chart);
  const card = { period, reloadKey };
  const hour = (value: unknown) => String(value).padStart(2, '0');
  return (
    <>
      {shows(CHARTS.postsPerDay) && (
        <ChartCard chart={CHARTS.postsPerDay} {...card} isEmpty={priorityEmpty} wide>
          {(rows) => <PriorityBars rows={rows} x="day" xFormat={shortDay} />}
        </ChartCard>
      )}
      {shows(CHARTS.mapPoints) && (
        <ChartCard chart={CHARTS.mapPoints} {...card}>
          {(rows) => <PostsMap rows={rows} />}
        </ChartCard>
      )}
      {shows(CHARTS.postsByHour) && (
        <ChartCard chart={CHARTS.postsByHour} {...card} isEmpty={priorityEmpty}>
          {(rows) => <PriorityBars rows={rows} x="hour" xFormat={hour} height={360} />}
        </ChartCard>
      )}
      {shows(CHARTS.groupSizes) && (
        <ChartCard chart={CHARTS.groupSizes} {...card} isEmpty={allZero('groups')}>
          {(rows) => (
            <Bars
              rows={rows}
              x="band"
              xFormat={(band) => translate(`samverka.insights.size_band.${bandKey(band)}`, { _: String(band) })}
              series={[{ key: 'groups', label: translate('samverka.insights.series.groups'), colour: SERIES_COLOURS[0] }]}
            />
          )}
        </ChartCard>
      )}
      {shows(CHARTS.groupGrowth) && (
        <ChartCard chart={CHARTS.groupGrowth} {...card} isEmpty={allZero('joined')}>
          {(rows) => (
            <Bars
              rows={rows}
              x="week"
              xFormat={(week) => translate('samverka.insights.week_of', { day: shortDay(week) })}
              series={[{ key: 'joined', label: translate('samverka.insights.series.joined'), colour: SERIES_COLOURS[2] }]}
            />
          )}
        </ChartCard>
      )}
      {shows(CHARTS.activeAuthors) && (
        <ChartCard chart={CHARTS.activeAuthors} {...card} isEmpty={allZero('authors')}>
          {(rows) => (
            <Bars
              rows={rows}
              x="week"
              xFormat={(week) => translate('samverka.insights.week_of', { day: shortDay(week) })}
              series={[{ key: 'authors', label: translate('samverka.insights.series.authors'), colour: SERIES_COLOURS[1] }]}
            />
          )}
        </ChartCard>
      )}
      {shows(CHARTS.verification) && (
        <ChartCard chart={CHARTS.verification} {...card} isEmpty={() => false}>
          {(rows) => <VerificationFigures row={rows[0] ?? {}} />}
        </ChartCard>
      )}
      {shows(CHARTS.reportsPerRule) && (
        <ChartCard chart={CHARTS.reportsPerRule} {...card}>
          {(rows) => (
            <Bars
              rows={rows}
              x="rule"
              horizontal
              height={Math.max(120, rows.length * 36 + 40)}
              xFormat={(rule) => translate(`samverka.insights.rules.${String(rule)}`, { _: String(rule) })}
              series={[{ key: 'notices', label: translate('samverka.insights.series.notices'), colour: SERIES_COLOURS[3] }]}
            />
          )}
        </ChartCard>
      )}
    </>
  );
};

/** i18n keys cannot hold `<` and `>`: name the bands. */
const bandKey = (band: unknown): string => (band === '<30' ? 'small' : band === '30-100' ? 'medium' : band === '>100' ? 'large' : String(band));

const VerificationFigures = ({ row }: { row: ChartRow }) => {
  const translate = useTranslate();
  const value = (field: string) => Number(row[field] ?? 0);
  return (
    <Figures
      items={[
        { label: translate('samverka.insights.verification.verified_organisations'), value: value('verified_organisations'), testId: 'figure-verified' },
        { label: translate('samverka.insights.verification.backlog'), value: value('backlog'), testId: 'figure-backlog' },
        { label: translate('samverka.insights.verification.oldest_days'), value: value('oldest_days'), warn: value('oldest_days') > 7 },
        { label: translate('samverka.insights.verification.older_than_a_week'), value: value('older_than_a_week'), warn: value('older_than_a_week') > 0 },
      ]}
    />
  );
};
