import { useState } from 'react';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Button, useLocaleState, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { type ErasureCertificateRecord, type PrivacyRequestRecord, SWEDISH_TIME_ZONE } from '@samverka/shared';
import { API_URL, apiFetch } from '../../providers/http-client';
import { useAsyncHandler } from '../../components/use-async-handler';
import { messageOf } from '../../providers/api-error';
import { dateLocaleOf } from '../../providers/i18n-provider';

const messages = 'samverka.staff.certificate';

/** The erasure certificate of a request, as e-mailed to the person, with the scan that followed it. */
export const CertificateButton = () => {
  const record = useRecordContext<PrivacyRequestRecord>();
  const translate = useTranslate();
  const asHandler = useAsyncHandler();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [certificate, setCertificate] = useState<ErasureCertificateRecord | null>(null);
  if (!record?.certificateSha256) return null;

  const open = async () => {
    const response = await apiFetch(`${API_URL}/privacy-requests/${record.id}/certificate`);
    if (response.status !== 200) notify(messageOf(response.json, 'ra.notification.http_error'), { type: 'error' });
    else setCertificate(response.json as ErasureCertificateRecord);
  };
  const check = certificate?.check;

  return (
    <>
      <Button label={`${messages}.button`} onClick={asHandler(open)} data-testid="certificate-button">
        <VerifiedUserIcon />
      </Button>
      <Dialog open={certificate !== null} onClose={() => setCertificate(null)} maxWidth="md" fullWidth>
        <DialogTitle>{translate(`${messages}.title`)}</DialogTitle>
        {certificate && (
          <DialogContent data-testid="certificate">
            <Typography variant="body2">
              {translate(`${messages}.issued`, { date: new Date(certificate.issuedAt).toLocaleString(dateLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: SWEDISH_TIME_ZONE }) })}
            </Typography>
            <Alert severity={!check ? 'info' : check.clean ? 'success' : 'error'} sx={{ my: 1 }} data-testid="certificate-check">
              {!check ? translate(`${messages}.check_pending`) : translate(`${messages}.${check.clean ? 'check_clean' : 'check_hits'}`, { hits: check.hits, allowed: check.allowed })}
            </Alert>
            {/* The certificate is in English, as e-mailed: it is a record, not a console text. */}
            <Box component="pre" lang="en" data-testid="certificate-text" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 13 }}>
              {certificate.text}
            </Box>
            <Typography variant="caption" sx={{ wordBreak: 'break-all' }}>
              {translate(`${messages}.sha256`, { sha256: certificate.sha256 })}
            </Typography>
          </DialogContent>
        )}
        <DialogActions>
          <Button label={`${messages}.close`} onClick={() => setCertificate(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
