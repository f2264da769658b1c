import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, Card, CardContent, CardHeader, CircularProgress, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Button, useNotify, useTranslate } from 'react-admin';
import type { ChartName } from '@samverka/shared';
import { downloadChartCsv, useChartRows, type ChartRow, type Period } from './insights-api';
import { useAsyncHandler } from '../components/use-async-handler';

export interface ChartCardProps {
  chart: ChartName;
  period: Period;
  reloadKey: number;
  /** Whether the rows hold nothing worth drawing (the card then says so instead). */
  isEmpty?: (rows: ChartRow[]) => boolean;
  children: (rows: ChartRow[]) => ReactNode;
  /** Grid columns out of 12 at desktop width. */
  wide?: boolean;
}

const noRows = (rows: ChartRow[]) => rows.length === 0;

/**
 * One chart on the dashboard: its title and a sentence on how to read it, the picture, and the
 * numbers behind it as CSV. `data-state` tells the browser tests when it has been drawn.
 */
export const ChartCard = ({ chart, period, reloadKey, isEmpty = noRows, children, wide = false }: ChartCardProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const { rows, error, loading } = useChartRows(chart, period, reloadKey);
  const empty = rows !== null && isEmpty(rows);
  const state = error ? 'error' : rows === null ? 'loading' : empty ? 'empty' : 'ready';
  const download = () => downloadChartCsv(chart, period).catch((failure: Error) => notify(failure.message || 'ra.notification.http_error', { type: 'error' }));
  return (
    <Card
      data-testid={`chart-${chart}`}
      data-state={state}
      variant="outlined"
      sx={{ height: '100%', display: 'flex', flexDirection: 'column', gridColumn: { xs: 'span 12', lg: wide ? 'span 12' : 'span 6' } }}
    >
      <CardHeader
        title={translate(`samverka.insights.charts.${chart}.title`)}
        subheader={translate(`samverka.insights.charts.${chart}.help`)}
        slotProps={{ title: { variant: 'subtitle1', fontWeight: 600 }, subheader: { variant: 'body2' } }}
        action={
          <Button label="samverka.insights.csv" onClick={asHandler(download)} data-testid={`csv-${chart}`} size="small">
            <DownloadIcon />
          </Button>
        }
      />
      <CardContent sx={{ flex: 1, pt: 0, position: 'relative' }}>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {!error && rows === null && (
          <Box sx={{ display: 'flex', justifyContent: 'center', py: 6 }}>
            <CircularProgress size={28} />
          </Box>
        )}
        {!error && empty && (
          <Typography color="text.secondary" sx={{ py: 6, textAlign: 'center' }} data-testid="chart-empty">
            {translate('samverka.insights.empty')}
          </Typography>
        )}
        {!error && rows !== null && !empty && <Box sx={{ opacity: loading ? 0.5 : 1 }}>{children(rows)}</Box>}
      </CardContent>
    </Card>
  );
};

/** A few key figures side by side, for charts that are numbers rather than pictures. */
export const Figures = ({ items }: { items: { label: string; value: ReactNode; warn?: boolean; testId?: string }[] }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(130px, 1fr))', gap: 2 }}>
    {items.map((item) => (
      <Box key={item.label} data-testid={item.testId} sx={{ p: 1.5, borderRadius: 1, bgcolor: item.warn ? 'warning.light' : 'action.hover' }}>
        <Typography variant="h4" component="div" sx={{ fontWeight: 600 }}>
          {item.value}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {item.label}
        </Typography>
      </Box>
    ))}
  </Box>
);
