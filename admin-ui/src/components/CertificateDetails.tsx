import { Alert, Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { type ErasureCertificateRecord, type Language, readableDateTime } from '@samverka/shared';

/**
 * An erasure certificate as e-mailed (its text, issue time and SHA-256) with the scan of the whole
 * database after it, in words. `messages` names the keys (issued, check_pending, check_clean,
 * check_hits, sha256): staff and the person erased read the scan differently.
 */
export const CertificateDetails = ({ certificate, messages }: { certificate: ErasureCertificateRecord; messages: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { check } = certificate;
  return (
    <Box data-testid="certificate">
      <Typography variant="body2">{translate(`${messages}.issued`, { date: readableDateTime(new Date(certificate.issuedAt), locale as Language) })}</Typography>
      <Alert severity={!check ? 'info' : check.clean ? 'success' : 'error'} sx={{ my: 1 }} data-testid="certificate-check" data-check={!check ? 'pending' : check.clean ? 'clean' : 'hits'}>
        {!check ? translate(`${messages}.check_pending`) : translate(`${messages}.${check.clean ? 'check_clean' : 'check_hits'}`, { hits: check.hits, allowed: check.allowed })}
      </Alert>
      {/* The certificate is in English, as e-mailed: it is a record, not a console text. */}
      <Box component="pre" lang="en" data-testid="certificate-text" sx={{ whiteSpace: 'pre-wrap', fontFamily: 'monospace', fontSize: 13 }}>
        {certificate.text}
      </Box>
      <Typography variant="caption" component="p" sx={{ wordBreak: 'break-all' }}>
        {translate(`${messages}.sha256`, { sha256: certificate.sha256 })}
      </Typography>
    </Box>
  );
};
