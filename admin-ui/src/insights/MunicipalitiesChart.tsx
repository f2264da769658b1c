import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CHARTS } from '@samverka/shared';
import { ChartCard } from './ChartCard';
import { allZero, Bars, PRIORITY_COLOURS, SERIES_COLOURS, useNumber } from './chart-parts';
import type { ChartRow } from './insights-api';
import type { ChartsProps } from './MunicipalCharts';

const MEASURES = ['posts', 'red', 'groups', 'open_cases', 'verification_backlog'] as const;

/** The platform owner's comparison: every municipality on the same measures, as bars and as numbers. */
export const MunicipalitiesChart = ({ charts, period, reloadKey }: ChartsProps) => {
  const translate = useTranslate();
  const number = useNumber();
  if (!charts.includes(CHARTS.municipalities)) return null;
  const bars = (rows: ChartRow[]) => rows.map((row) => ({ name: row.name, red: Number(row.red ?? 0), other: Number(row.posts ?? 0) - Number(row.red ?? 0) }));
  return (
    <ChartCard chart={CHARTS.municipalities} period={period} reloadKey={reloadKey} isEmpty={allZero('posts', 'groups', 'open_cases', 'verification_backlog')} wide>
      {(rows) => (
        <>
          <Bars
            rows={bars(rows)}
            x="name"
            stacked
            height={Math.max(140, rows.length * 40 + 60)}
            horizontal
            series={[
              { key: 'other', label: translate('samverka.insights.municipalities.other_posts'), colour: SERIES_COLOURS[0] },
              { key: 'red', label: translate('samverka.priority.red'), colour: PRIORITY_COLOURS.red },
            ]}
          />
          <Table size="small" sx={{ mt: 2 }} data-testid="municipalities-table">
            <TableHead>
              <TableRow>
                <TableCell>{translate('samverka.insights.municipalities.name')}</TableCell>
                {MEASURES.map((measure) => (
                  <TableCell key={measure} align="right">
                    {translate(`samverka.insights.municipalities.${measure}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={String(row.municipalityId)}>
                  <TableCell>
                    <Link href={`#/municipalities/${String(row.municipalityId)}/show`}>{String(row.name)}</Link> <small>({String(row.code)})</small>
                  </TableCell>
                  {MEASURES.map((measure) => (
                    <TableCell key={measure} align="right">
                      {number(row[measure])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </ChartCard>
  );
};
