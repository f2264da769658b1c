import { useCallback, useEffect, useState } from 'react';
import { Alert, Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Action, type LagesbildRecord, type MeRecord, recordOf, Subject } from '@samverka/shared';
import { abilityOf } from '../providers/access';
import { EmailChoice } from './EmailChoice';
import { GenerateReportForm } from './GenerateReportForm';
import { listReports, orderableMunicipalities } from './lagesbild-api';
import { ReportsTable } from './ReportsTable';

/** A municipality no one serves: only a rule without conditions (the platform owner's) allows it. */
const ANY_MUNICIPALITY = '00000000-0000-0000-0000-000000000000';

/** `#/lagesbild`: each month's report for the person's municipalities, downloads, an order form and the e-mail choice. */
export const LagesbildPage = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions<MeRecord | null>();
  const [reports, setReports] = useState<LagesbildRecord[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [municipalities, setMunicipalities] = useState<{ id: string; name: string }[]>([]);
  const t = (key: string) => translate(`samverka.lagesbild.${key}`);
  const load = useCallback(() => {
    listReports()
      .then(setReports)
      .catch(() => setFailed(true));
  }, []);
  useEffect(load, [load]);
  useEffect(() => {
    if (!permissions) return;
    const everywhere = abilityOf(permissions).can(Action.Create, recordOf(Subject.Lagesbild, { municipalityId: ANY_MUNICIPALITY }));
    orderableMunicipalities(permissions, everywhere)
      .then(setMunicipalities)
      .catch(() => setFailed(true));
  }, [permissions]);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="lagesbild-page">
      <Title title="samverka.lagesbild.title" />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {t('intro')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {t('suppression')}
          </Typography>
          {permissions && <EmailChoice initial={permissions.lagesbildEmail} />}
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {t('list.title')}
          </Typography>
          {failed && <Alert severity="error">{t('list.loading_error')}</Alert>}
          {reports && <ReportsTable reports={reports} />}
        </CardContent>
      </Card>
      {municipalities.length > 0 && (
        <Card variant="outlined">
          <CardContent>
            <Typography variant="h6" component="h2" gutterBottom>
              {t('generate.title')}
            </Typography>
            <GenerateReportForm municipalities={municipalities} onMade={load} />
          </CardContent>
        </Card>
      )}
    </Stack>
  );
};
