import { useState } from 'react';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { ErasureCertificateRecord, PrivacyRequestRecord } from '@samverka/shared';
import { API_URL, apiFetch } from '../../providers/http-client';
import { CertificateDetails } from '../../components/CertificateDetails';
import { useAsyncHandler } from '../../components/use-async-handler';
import { messageOf } from '../../providers/api-error';

const messages = 'samverka.staff.certificate';

/** The erasure certificate of a request, as e-mailed to the person, with the scan that followed it. */
export const CertificateButton = () => {
  const record = useRecordContext<PrivacyRequestRecord>();
  const translate = useTranslate();
  const asHandler = useAsyncHandler();
  const notify = useNotify();
  const [certificate, setCertificate] = useState<ErasureCertificateRecord | null>(null);
  if (!record?.certificateSha256) return null;

  const open = async () => {
    const response = await apiFetch(`${API_URL}/privacy-requests/${record.id}/certificate`);
    if (response.status !== 200) notify(messageOf(response.json, 'ra.notification.http_error'), { type: 'error' });
    else setCertificate(response.json as ErasureCertificateRecord);
  };

  return (
    <>
      <Button label={`${messages}.button`} onClick={asHandler(open)} data-testid="certificate-button">
        <VerifiedUserIcon />
      </Button>
      <Dialog open={certificate !== null} onClose={() => setCertificate(null)} maxWidth="md" fullWidth>
        <DialogTitle>{translate(`${messages}.title`)}</DialogTitle>
        {certificate && (
          <DialogContent>
            <CertificateDetails certificate={certificate} messages={messages} />
          </DialogContent>
        )}
        <DialogActions>
          <Button label={`${messages}.close`} onClick={() => setCertificate(null)} />
        </DialogActions>
      </Dialog>
    </>
  );
};
