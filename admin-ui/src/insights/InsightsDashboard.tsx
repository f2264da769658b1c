import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { Button, useGetList, useTranslate } from 'react-admin';
import { MODERATION_CHARTS, MUNICIPAL_CHARTS, OWNER_CHARTS, Role, type ChartName, type MeRecord } from '@samverka/shared';
import { fetchDashboardCharts, lastDays, type Period } from './insights-api';
import { ModerationCharts } from './ModerationCharts';
import { MunicipalCharts } from './MunicipalCharts';
import { MunicipalitiesChart } from './MunicipalitiesChart';
import { PeriodPicker } from './PeriodPicker';

const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId: string }) => (
  <Box component="section" data-testid={testId} sx={{ mt: 3 }}>
    <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
      {title}
    </Typography>
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, minmax(0, 1fr))', gap: 2 }}>{children}</Box>
  </Box>
);

const some = (charts: readonly ChartName[], of: readonly ChartName[]) => charts.some((chart) => of.includes(chart));

/**
 * The charts the backend puts on this person's dashboard (which, and for which municipalities,
 * is its decision), under one period picker. Coordinators get their municipality's picture,
 * moderators the queue, the platform owner the comparison and both of the others.
 */
export const InsightsDashboard = ({ me }: { me: MeRecord }) => {
  const translate = useTranslate();
  const [charts, setCharts] = useState<ChartName[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [period, setPeriod] = useState<Period>(() => lastDays(30));
  const [reloadKey, setReloadKey] = useState(0);
  const owner = me.roles.includes(Role.PlatformOwner);
  const { data: allMunicipalities } = useGetList('municipalities', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } }, { enabled: owner });
  const municipalities = owner ? (allMunicipalities ?? []).map((m) => ({ id: String(m.id), name: String(m.name) })) : me.municipalities.map((m) => ({ id: m.id, name: m.name }));

  useEffect(() => {
    fetchDashboardCharts()
      .then(setCharts)
      .catch((error: Error) => setFailed(error.message || 'ra.notification.http_error'));
  }, []);

  if (failed)
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate(failed, { _: failed })}
      </Alert>
    );
  if (!charts || charts.length === 0) return null;
  const props = { charts, period, reloadKey };
  return (
    <Box data-testid="insights-dashboard" sx={{ mt: 2, mb: 4 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }}>
        <PeriodPicker period={period} onChange={setPeriod} municipalities={municipalities} />
        <Button label="ra.action.refresh" onClick={() => setReloadKey((key) => key + 1)} data-testid="insights-reload">
          <RefreshIcon />
        </Button>
      </Stack>
      {some(charts, OWNER_CHARTS) && (
        <Section title={translate('samverka.insights.sections.municipalities')} testId="insights-owner">
          <MunicipalitiesChart {...props} />
        </Section>
      )}
      {some(charts, MUNICIPAL_CHARTS) && (
        <Section title={translate(owner ? 'samverka.insights.sections.municipal_all' : 'samverka.insights.sections.municipal')} testId="insights-municipal">
          <MunicipalCharts {...props} />
        </Section>
      )}
      {some(charts, MODERATION_CHARTS) && (
        <Section title={translate('samverka.insights.sections.moderation')} testId="insights-moderation">
          <ModerationCharts {...props} />
        </Section>
      )}
    </Box>
  );
};
