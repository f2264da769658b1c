import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { CASE_ROUTINGS, CHARTS, type ChartName } from '@samverka/shared';
import { dateLocaleOf } from '../providers/i18n-provider';
import { ChartCard, Figures } from './ChartCard';
import { Bars, Caption, PRIORITY_COLOURS, SERIES_COLOURS, useNumber } from './chart-parts';
import type { ChartRow } from './insights-api';
import type { ChartsProps } from './MunicipalCharts';

const CASE_PRIORITIES = ['high', 'medium', 'low'] as const;
const CASE_PRIORITY_COLOURS = { high: PRIORITY_COLOURS.red, medium: PRIORITY_COLOURS.yellow, low: '#78909c' } as const;

/** One bar per routing, its open cases stacked by priority. */
function byRouting(rows: ChartRow[]): ChartRow[] {
  return CASE_ROUTINGS.map((routing) => {
    const bar: ChartRow = { routing };
    for (const priority of CASE_PRIORITIES) {
      bar[priority] = rows.filter((row) => row.routing === routing && row.priority === priority).reduce((sum, row) => sum + Number(row.cases ?? 0), 0);
    }
    return bar;
  });
}

/** The state of the moderation queue: what is open, how fast it moves, what is late, what is appealed, who misuses reporting. */
export const ModerationCharts = ({ charts, period, reloadKey }: ChartsProps) => {
  const translate = useTranslate();
  const shows = (chart: ChartName) => charts.includes(chart);
  const card = { period, reloadKey };
  const routingLabel = (routing: unknown) => translate(`samverka.insights.routing.${String(routing)}`, { _: String(routing) });
  return (
    <>
      {shows(CHARTS.openCases) && (
        <ChartCard chart={CHARTS.openCases} {...card}>
          {(rows) => (
            <Bars
              rows={byRouting(rows)}
              x="routing"
              stacked
              xFormat={routingLabel}
              series={CASE_PRIORITIES.map((priority) => ({ key: priority, label: translate(`samverka.insights.case_priority.${priority}`), colour: CASE_PRIORITY_COLOURS[priority] }))}
            />
          )}
        </ChartCard>
      )}
      {shows(CHARTS.moderationSpeed) && (
        <ChartCard chart={CHARTS.moderationSpeed} {...card}>
          {(rows) => <SpeedChart rows={rows} />}
        </ChartCard>
      )}
      {shows(CHARTS.overdueCases) && (
        <ChartCard chart={CHARTS.overdueCases} {...card} isEmpty={() => false}>
          {(rows) => (
            <Figures
              items={CASE_ROUTINGS.map((routing) => {
                const overdue = Number(rows.find((row) => row.routing === routing)?.overdue ?? 0);
                return { label: translate(`samverka.insights.overdue.${routing}`), value: overdue, warn: overdue > 0, testId: `figure-overdue-${routing}` };
              })}
            />
          )}
        </ChartCard>
      )}
      {shows(CHARTS.appeals) && (
        <ChartCard chart={CHARTS.appeals} {...card} isEmpty={() => false}>
          {(rows) => <AppealFigures row={rows[0] ?? {}} />}
        </ChartCard>
      )}
      {shows(CHARTS.misuse) && (
        <ChartCard chart={CHARTS.misuse} {...card} wide>
          {(rows) => <MisuseTable rows={rows} />}
        </ChartCard>
      )}
    </>
  );
};

/** Median hours, last week beside this week, for the first action and for the decision. */
const SpeedChart = ({ rows }: { rows: ChartRow[] }) => {
  const translate = useTranslate();
  const number = useNumber();
  const week = (period: string) => rows.find((row) => row.period === period);
  const measures = [
    { measure: 'first_action', field: 'median_hours_to_first_action' },
    { measure: 'decision', field: 'median_hours_to_decision' },
  ].map(({ measure, field }) => ({ measure, last_week: week('last_week')?.[field] ?? null, this_week: week('this_week')?.[field] ?? null }));
  return (
    <>
      <Bars
        rows={measures}
        x="measure"
        xFormat={(measure) => translate(`samverka.insights.speed.${String(measure)}`)}
        series={[
          { key: 'last_week', label: translate('samverka.insights.speed.last_week'), colour: '#90a4ae' },
          { key: 'this_week', label: translate('samverka.insights.speed.this_week'), colour: SERIES_COLOURS[0] },
        ]}
      />
      <Caption>{translate('samverka.insights.speed.cases', { last: number(week('last_week')?.cases ?? 0), this: number(week('this_week')?.cases ?? 0) })}</Caption>
    </>
  );
};

const AppealFigures = ({ row }: { row: ChartRow }) => {
  const translate = useTranslate();
  const number = useNumber();
  const value = (field: string) => Number(row[field] ?? 0);
  return (
    <Figures
      items={[
        { label: translate('samverka.insights.appeals.received'), value: value('received') },
        { label: translate('samverka.insights.appeals.decided'), value: value('decided') },
        { label: translate('samverka.insights.appeals.reversed'), value: value('reversed') },
        { label: translate('samverka.insights.appeals.reversal_rate'), value: `${number(value('reversal_rate_percent'))} %`, testId: 'figure-reversal-rate' },
      ]}
    />
  );
};

const MisuseTable = ({ rows }: { rows: ChartRow[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const day = (value: unknown) => (typeof value === 'string' ? new Date(value).toLocaleDateString(dateLocaleOf(locale), { timeZone: 'Europe/Stockholm' }) : '—');
  return (
    <Table size="small" data-testid="misuse-table">
      <TableHead>
        <TableRow>
          {['person', 'unfounded', 'warned', 'suspended_until', 'suspensions'].map((column) => (
            <TableCell key={column}>{translate(`samverka.insights.misuse.${column}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={String(row.userId)}>
            <TableCell>
              <Link href={`#/users/${String(row.userId)}/show`}>{String(row.displayName)}</Link>
            </TableCell>
            <TableCell>{String(row.unfoundedSinceLastSanction ?? 0)}</TableCell>
            <TableCell>{day(row.warnedAt)}</TableCell>
            <TableCell>{day(row.suspendedUntil)}</TableCell>
            <TableCell>{String(row.suspensions ?? 0)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
