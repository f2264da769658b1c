import { useEffect, useState } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import type { ErasureCertificateRecord } from '@samverka/shared';
import { CertificateDetails } from '../../components/CertificateDetails';
import { PublicPageCard } from '../PublicPageCard';
import { getPublic } from './account-api';

const messages = 'samverka.account.certificate';

type Answer = { state: 'loading' } | { state: 'shown'; certificate: ErasureCertificateRecord } | { state: 'not_found' } | { state: 'failed'; message: string };

/**
 * `#/erasure-certificate/<request>/<token>`, the link of the erasure certificate e-mail: the
 * person erased, who can no longer sign in, reads their certificate and the scan of the whole
 * database after it. Public: outside the layout, no session; the token is the proof.
 */
export const ErasureCertificatePage = () => {
  const { requestId = '', token = '' } = useParams<{ requestId: string; token: string }>();
  const translate = useTranslate();
  const [answer, setAnswer] = useState<Answer>({ state: 'loading' });

  useEffect(() => {
    void getPublic<ErasureCertificateRecord>(`public/erasure-certificates/${encodeURIComponent(requestId)}/${encodeURIComponent(token)}`).then((reply) => {
      if (reply.body) return setAnswer({ state: 'shown', certificate: reply.body });
      if (reply.status === 404) return setAnswer({ state: 'not_found' });
      setAnswer({ state: 'failed', message: reply.status === 429 ? translate('samverka.account.too_many') : reply.message });
    });
  }, [requestId, token, translate]);

  return (
    <PublicPageCard testId="erasure-certificate-page" title={translate(`${messages}.title`)} wide>
      <Box data-testid="erasure-certificate-outcome" data-outcome={answer.state}>
        {answer.state === 'loading' && (
          <Typography variant="body2">
            <CircularProgress size={16} sx={{ mr: 1 }} aria-label={translate('ra.page.loading')} />
            {translate(`${messages}.loading`)}
          </Typography>
        )}
        {answer.state === 'shown' && (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate(`${messages}.intro`)}
            </Typography>
            <CertificateDetails certificate={answer.certificate} messages={messages} />
          </>
        )}
        {answer.state === 'not_found' && <Alert severity="warning">{translate(`${messages}.not_found`)}</Alert>}
        {answer.state === 'failed' && <Alert severity="error">{translate(`${messages}.failed`, { message: answer.message })}</Alert>}
      </Box>
    </PublicPageCard>
  );
};
