import { useEffect, useState } from 'react';
import { Alert, Box, Card, CardContent, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useLocaleState, useNotify, usePermissions, useTranslate } from 'react-admin';
import { addSwedishDays, isStaff, Subject, swedishDay, swedishDayStart, type MeRecord } from '@samverka/shared';
import { abilityOf } from '../providers/access';
import { API_URL, apiFetch } from '../providers/http-client';

/** GET /api/moderation/transparency: counts only, no personal data. */
interface TransparencyReport {
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
  /** DSA Art. 15(1)(a): orders from authorities received in the period. */
  authorityOrders: {
    byType: Record<string, number>;
    byCategory: Record<string, number>;
    byCountry: Record<string, number>;
    medianHoursToAcknowledge: number | null;
    medianHoursToGiveEffect: number | null;
  };
}

const PRESET_DAYS = [7, 30, 90, 365];
// Days are Swedish days whatever the browser's zone, and counted by the calendar, not by 24 hours.
const day = swedishDay;
const daysAgo = (days: number) => addSwedishDays(new Date(), -days);

/** The chosen days as the API's half-open period: from the first day's start to the day after the last, in Stockholm. */
function periodQuery(from: string, to: string): string {
  const end = addSwedishDays(swedishDayStart(to), 1);
  return `from=${encodeURIComponent(swedishDayStart(from).toISOString())}&to=${encodeURIComponent(end.toISOString())}`;
}

const CountTable = ({ title, rows, testId }: { title: string; rows: [string, number | string][]; testId: string }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {title}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('samverka.transparency.measure')}</TableCell>
              <TableCell align="right">{translate('samverka.transparency.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={2}>{translate('samverka.transparency.none')}</TableCell>
              </TableRow>
            )}
            {rows.map(([label, value]) => (
              <TableRow key={label}>
                <TableCell>{label}</TableCell>
                <TableCell align="right">{value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
};

/**
 * The transparency report for a period, as the public sees it (JSON and CSV), and for those who
 * may export them, the statements of reasons in the EU DSA database format.
 */
export const TransparencyPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { permissions } = usePermissions<MeRecord | null>();
  const [locale] = useLocaleState();
  const [from, setFrom] = useState(day(daysAgo(30)));
  const [to, setTo] = useState(day(new Date()));
  const [report, setReport] = useState<TransparencyReport | null>(null);
  const [failed, setFailed] = useState(false);
  const valid = Boolean(from && to && from <= to);
  const query = valid ? periodQuery(from, to) : '';

  useEffect(() => {
    if (!query) return;
    let current = true;
    setFailed(false);
    apiFetch(`${API_URL}/moderation/transparency?${query}`)
      .then(({ json }) => current && setReport(json as TransparencyReport))
      .catch(() => current && setFailed(true));
    return () => {
      current = false;
    };
  }, [query]);

  if (!permissions || !isStaff(permissions.roles)) return null;
  const canExport = abilityOf(permissions).can('read', Subject.ModerationExport);

  const downloadStatements = async () => {
    try {
      const { body } = await apiFetch(`${API_URL}/moderation/dsa-statements?${query}`);
      const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `dsa-statements-${from}-${to}.json`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };

  const tally = (values: Record<string, number>, prefix: string): [string, number][] => Object.entries(values).map(([key, value]) => [translate(`${prefix}.${key}`, { _: key }), value]);
  // A member state by its name in the reader's language ("Sverige", "Sweden"), from its ISO code.
  const countryNames = new Intl.DisplayNames([locale], { type: 'region' });
  const countries = (values: Record<string, number>): [string, number][] => Object.entries(values).map(([code, value]) => [countryNames.of(code) ?? code, value]);

  return (
    <Box sx={{ mt: 2 }} data-testid="transparency-page">
      <Title title="samverka.transparency.title" />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('samverka.transparency.intro')}
          </Typography>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <TextField
              type="date"
              name="from"
              label={translate('samverka.transparency.from')}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              size="small"
            />
            <TextField
              type="date"
              name="to"
              label={translate('samverka.transparency.to')}
              value={to}
              onChange={(event) => setTo(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
              size="small"
              error={!valid}
            />
            {PRESET_DAYS.map((days) => (
              <Button
                key={days}
                label={translate('samverka.transparency.last_days', { days })}
                onClick={() => {
                  setFrom(day(daysAgo(days)));
                  setTo(day(new Date()));
                }}
              />
            ))}
            <Box sx={{ flexGrow: 1 }} />
            <Button label="samverka.transparency.csv" href={valid ? `${API_URL}/moderation/transparency?${query}&format=csv` : undefined} disabled={!valid} data-testid="transparency-csv">
              <DownloadIcon />
            </Button>
            {canExport && (
              <Button label="samverka.transparency.dsa" onClick={() => void downloadStatements()} disabled={!valid} data-testid="dsa-statements-download">
                <DownloadIcon />
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>
      {failed && <Alert severity="error">{translate('ra.notification.http_error')}</Alert>}
      {report && (
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable testId="transparency-notices-by-rule" title={translate('samverka.transparency.notices_by_rule')} rows={tally(report.noticesByRule, 'samverka.moderation.rule')} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable
              testId="transparency-notices-by-kind"
              title={translate('samverka.transparency.notices_by_reporter_kind')}
              rows={tally(report.noticesByReporterKind, 'samverka.moderation.reporter_kind')}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable testId="transparency-actions-by-type" title={translate('samverka.transparency.actions_by_type')} rows={tally(report.actionsByType, 'samverka.moderation.action_type')} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable testId="transparency-actions-by-ground" title={translate('samverka.transparency.actions_by_ground')} rows={tally(report.actionsByGround, 'samverka.transparency.ground')} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable
              testId="transparency-appeals"
              title={translate('samverka.transparency.appeals')}
              rows={[
                [translate('samverka.transparency.appeals_received'), report.appeals.received],
                [translate('samverka.transparency.appeals_decided'), report.appeals.decided],
                [translate('samverka.transparency.appeals_reversed'), report.appeals.reversed],
              ]}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable
              testId="transparency-handling"
              title={translate('samverka.transparency.handling')}
              rows={[
                [translate('samverka.transparency.automated_actions'), report.automatedActions],
                [translate('samverka.transparency.median_hours'), report.medianHoursToFirstAction ?? '—'],
                [translate('samverka.transparency.reporting_suspensions'), report.reportingSuspensions],
              ]}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable testId="transparency-orders-by-type" title={translate('samverka.orders.transparency.by_type')} rows={tally(report.authorityOrders.byType, 'samverka.orders.type')} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable
              testId="transparency-orders-by-category"
              title={translate('samverka.orders.transparency.by_category')}
              rows={tally(report.authorityOrders.byCategory, 'samverka.orders.category')}
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable testId="transparency-orders-by-country" title={translate('samverka.orders.transparency.by_country')} rows={countries(report.authorityOrders.byCountry)} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <CountTable
              testId="transparency-orders-times"
              title={translate('samverka.orders.transparency.times')}
              rows={[
                [translate('samverka.orders.transparency.median_acknowledge'), report.authorityOrders.medianHoursToAcknowledge ?? '—'],
                [translate('samverka.orders.transparency.median_effect'), report.authorityOrders.medianHoursToGiveEffect ?? '—'],
              ]}
            />
          </Grid>
        </Grid>
      )}
    </Box>
  );
};
