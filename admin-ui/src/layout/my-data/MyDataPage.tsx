import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Card, CardContent, Chip, FormControlLabel, MenuItem, Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Button, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { type PrivacyRequestRecord, SWEDISH_TIME_ZONE } from '@samverka/shared';
import { DeleteAccountDialog } from './DeleteAccountDialog';
import { cancelRequest, decideConsent, downloadExport, exportInFlight, fileRequest, myConsents, myRequests, TERMS_PURPOSE, type MyConsent } from './my-data-api';

/** How often the requests list is read again while an export is being built. */
const POLL_MS = 2_000;

const Section = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => (
  <Card variant="outlined" data-testid={testId}>
    <CardContent>
      <Typography variant="h6" gutterBottom>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** A day on the Stockholm calendar, whatever the browser's zone: deadlines end with a Swedish day. */
const day = (iso: string | null, locale: string) => (iso ? new Date(iso).toLocaleDateString(locale === 'sv' ? 'sv-SE' : 'en-GB', { timeZone: SWEDISH_TIME_ZONE }) : '');

/** `#/my-data`: a signed-in person's own consents, requests, export download and account deletion. */
export const MyDataPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const t = (key: string, args?: Record<string, unknown>) => translate(`samverka.privacy.my_data.${key}`, args);
  const [consents, setConsents] = useState<MyConsent[] | null>(null);
  const [requests, setRequests] = useState<PrivacyRequestRecord[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [exportType, setExportType] = useState<'access' | 'portability'>('access');
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  // The export this page asked for and should download by itself once it is ready.
  const awaited = useRef<string | null>(null);

  // Through a ref so the loaders stay stable and the first load and the poll never restart on a render.
  const notifyRef = useRef(notify);
  notifyRef.current = notify;
  const fail = useCallback((error: unknown) => notifyRef.current((error as Error).message || 'ra.notification.http_error', { type: 'error' }), []);

  const loadRequests = useCallback(async () => {
    const list = await myRequests();
    setRequests(list);
    const ready = list.find((request) => request.id === awaited.current && request.resultReady);
    if (ready) {
      awaited.current = null;
      await downloadExport(ready).catch(fail);
    }
  }, [fail]);

  useEffect(() => {
    myConsents().then(setConsents, () => setFailed(true));
    loadRequests().catch(() => setFailed(true));
  }, [loadRequests]);

  const polling = (requests ?? []).some(exportInFlight);
  useEffect(() => {
    if (!polling) return undefined;
    const timer = setInterval(() => void loadRequests().catch(() => undefined), POLL_MS);
    return () => clearInterval(timer);
  }, [polling, loadRequests]);

  const toggle = async (consent: MyConsent, on: boolean) => {
    try {
      const updated = await decideConsent(consent, on ? 'granted' : 'withdrawn');
      setConsents((current) => (current ?? []).map((entry) => (entry.purpose === updated.purpose ? updated : entry)));
      notify(on ? 'samverka.privacy.my_data.consents.granted' : 'samverka.privacy.my_data.consents.withdrawn', { type: 'info' });
    } catch (error) {
      fail(error);
    }
  };

  const requestExport = async () => {
    setBusy(true);
    try {
      const request = await fileRequest(exportType);
      awaited.current = request.id;
      notify('samverka.privacy.my_data.export.filed', { type: 'info' });
      await loadRequests();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  const cancel = async (request: PrivacyRequestRecord) => {
    try {
      await cancelRequest(request.id);
      notify('samverka.privacy.my_data.delete.cancelled', { type: 'info' });
      await loadRequests();
    } catch (error) {
      fail(error);
    }
  };

  const scheduled = (requests ?? []).find((request) => request.type === 'erasure' && request.status === 'scheduled');

  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="my-data-page">
      <Title title="samverka.privacy.my_data.title" />
      <Typography variant="body1">{t('intro')}</Typography>
      {failed && <Alert severity="error">{t('loading_error')}</Alert>}
      {scheduled && (
        <Alert severity="warning" data-testid="erasure-scheduled">
          {t('delete.scheduled', { date: day(scheduled.eraseAfter, locale) })}
        </Alert>
      )}

      <Section title={t('consents.title')} testId="my-consents">
        {consents?.map((consent) => {
          const text = locale === 'sv' ? consent.textSv : consent.textEn;
          const fixed = consent.purpose === TERMS_PURPOSE || !consent.optional;
          return (
            <Stack key={consent.purpose} direction="row" spacing={2} sx={{ alignItems: 'flex-start', py: 1 }} data-testid="my-consent" data-purpose={consent.purpose} data-state={consent.state}>
              <Stack sx={{ flex: 1 }}>
                <Typography variant="subtitle2" id={`consent-${consent.purpose}-name`}>
                  {translate(`samverka.privacy.my_data.purpose.${consent.purpose}`, { _: consent.purpose })}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'pre-wrap' }}>
                  {text}
                </Typography>
              </Stack>
              {fixed ? (
                <Chip
                  label={consent.consented ? t('consents.accepted') : t(`consents.state.${consent.state}`)}
                  color={consent.consented ? 'success' : 'default'}
                  size="small"
                  data-testid="consent-fixed"
                />
              ) : (
                <FormControlLabel
                  control={
                    <Switch
                      checked={consent.consented}
                      onChange={(event) => void toggle(consent, event.target.checked)}
                      data-testid="consent-toggle"
                      // Named by its purpose, then its state: four switches all called "Inte besvarat" told nothing.
                      slotProps={{ input: { 'aria-labelledby': `consent-${consent.purpose}-name consent-${consent.purpose}-state` } }}
                    />
                  }
                  label={<span id={`consent-${consent.purpose}-state`}>{t(`consents.state.${consent.state}`)}</span>}
                />
              )}
            </Stack>
          );
        })}
      </Section>

      <Section title={t('export.title')} testId="my-export">
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('export.intro')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <TextField
            select
            size="small"
            name="exportType"
            label={t('export.format')}
            value={exportType}
            onChange={(event) => setExportType(event.target.value as 'access' | 'portability')}
            sx={{ minWidth: 260 }}
          >
            <MenuItem value="access">{t('export.access')}</MenuItem>
            <MenuItem value="portability">{t('export.portability')}</MenuItem>
          </TextField>
          <Button label="samverka.privacy.my_data.export.button" variant="contained" onClick={() => void requestExport()} disabled={busy || polling} data-testid="download-my-data">
            <DownloadIcon />
          </Button>
          {polling && (
            <Typography variant="body2" data-testid="export-preparing">
              {t('export.preparing')}
            </Typography>
          )}
        </Stack>
      </Section>

      <Section title={t('requests.title')} testId="my-requests">
        {requests && requests.length === 0 && <Typography variant="body2">{t('requests.none')}</Typography>}
        {requests && requests.length > 0 && (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.privacy-requests.fields.type')}</TableCell>
                <TableCell>{translate('resources.privacy-requests.fields.status')}</TableCell>
                <TableCell>{translate('resources.privacy-requests.fields.receivedAt')}</TableCell>
                <TableCell>{translate('resources.privacy-requests.fields.effectiveDueAt')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {requests.map((request) => (
                <TableRow key={request.id} data-testid="my-request" data-type={request.type} data-status={request.status} data-id={request.id}>
                  <TableCell>{translate(`samverka.privacy.request_type.${request.type}`)}</TableCell>
                  <TableCell>
                    <Chip size="small" label={translate(`samverka.privacy.request_status.${request.status}`)} data-value={request.status} />
                  </TableCell>
                  <TableCell>{day(request.receivedAt, locale)}</TableCell>
                  <TableCell>
                    {request.type === 'erasure' && request.eraseAfter && request.status === 'scheduled'
                      ? t('requests.erase_after', { date: day(request.eraseAfter, locale) })
                      : request.closedAt
                        ? t('requests.closed', { date: day(request.closedAt, locale) })
                        : day(request.effectiveDueAt, locale)}
                  </TableCell>
                  <TableCell align="right">
                    {request.resultReady && (
                      <Button label="samverka.privacy.my_data.requests.download" onClick={() => void downloadExport(request).catch(fail)} data-testid="download-export">
                        <DownloadIcon />
                      </Button>
                    )}
                    {request.status === 'scheduled' && <Button label="samverka.privacy.my_data.delete.cancel" color="warning" onClick={() => void cancel(request)} data-testid="cancel-erasure" />}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>

      <Section title={t('delete.section')} testId="my-account-deletion">
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('delete.intro')}
        </Typography>
        <Button label="samverka.privacy.my_data.delete.button" variant="outlined" color="error" onClick={() => setDeleting(true)} disabled={Boolean(scheduled)} data-testid="delete-account-button" />
      </Section>
      <DeleteAccountDialog
        open={deleting}
        onClose={() => setDeleting(false)}
        onFiled={() => {
          setDeleting(false);
          notify('samverka.privacy.my_data.delete.filed', { type: 'info' });
          void loadRequests().catch(fail);
        }}
      />
    </Stack>
  );
};
