import { Box, Checkbox, FormControlLabel, Stack, TextField, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DownloadIcon from '@mui/icons-material/Download';
import { QRCodeSVG } from 'qrcode.react';
import type { MfaEnrolment } from '@samverka/shared';
import { useAsyncHandler } from '../components/use-async-handler';
import { Button, useNotify, useTranslate } from 'react-admin';

const messages = 'samverka.staff.enrol';

/**
 * A new second factor, shown once: the QR code of the `otpauth://` URL for the phone, the secret
 * for typing in, and the recovery codes, which the person copies or downloads and confirms they
 * have saved before they may go on (`saved`).
 */
export const MfaEnrolmentDetails = ({ enrolment, saved, onSavedChange }: { enrolment: MfaEnrolment; saved: boolean; onSavedChange: (saved: boolean) => void }) => {
  const translate = useTranslate();
  const asHandler = useAsyncHandler();
  const notify = useNotify();
  const codes = enrolment.recoveryCodes.join('\n');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes);
      notify(`${messages}.copied`, { type: 'info' });
    } catch {
      // Clipboard refused (plain http, permissions): the codes stay selectable, and can be downloaded.
      notify(`${messages}.copy_failed`, { type: 'warning' });
    }
  };
  const download = () => {
    const url = URL.createObjectURL(new Blob([`${translate(`${messages}.file_heading`)}\n\n${codes}\n`], { type: 'text/plain;charset=utf-8' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: 'samverka-recovery-codes.txt' });
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <>
      <Box sx={{ display: 'flex', justifyContent: 'center', my: 2 }} data-testid="mfa-qr">
        <QRCodeSVG value={enrolment.otpauthUri} size={192} marginSize={2} title={translate(`${messages}.qr_title`)} />
      </Box>
      <TextField fullWidth label={translate('samverka.mfa.secret')} value={enrolment.secret} slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'mfa-secret' } }} sx={{ mb: 2 }} />
      <Typography variant="body2">{translate('samverka.mfa.recovery_codes')}</Typography>
      <Box component="pre" data-testid="mfa-recovery-codes" sx={{ fontFamily: 'monospace', bgcolor: 'grey.100', p: 1, mb: 1 }}>
        {codes}
      </Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Button label={`${messages}.copy`} onClick={asHandler(copy)} data-testid="mfa-codes-copy">
          <ContentCopyIcon />
        </Button>
        <Button label={`${messages}.download`} onClick={download} data-testid="mfa-codes-download">
          <DownloadIcon />
        </Button>
      </Stack>
      <FormControlLabel
        sx={{ mb: 2 }}
        control={<Checkbox checked={saved} onChange={(event) => onSavedChange(event.target.checked)} slotProps={{ input: { 'data-testid': 'mfa-codes-saved' } as object }} />}
        label={translate(`${messages}.saved`)}
      />
    </>
  );
};
