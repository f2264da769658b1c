import { useState } from 'react';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import { Button, HttpError, useTranslate } from 'react-admin';
import type { PrivacyRequestRecord } from '@samverka/shared';
import { fileRequest } from './my-data-api';

/**
 * Explains what deleting the account means before asking for the password: the backend wants it
 * again because the erasure cannot be undone once the grace period has run out.
 */
export const DeleteAccountDialog = ({ open, onClose, onFiled }: { open: boolean; onClose: () => void; onFiled: (request: PrivacyRequestRecord) => void }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`samverka.privacy.my_data.delete.${key}`);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const close = () => {
    setPassword('');
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setSaving(true);
    setError(null);
    try {
      const request = await fileRequest('erasure', password);
      setPassword('');
      onFiled(request);
    } catch (failure) {
      const status = failure instanceof HttpError ? failure.status : 0;
      setError(status === 403 ? t('wrong_password') : status === 409 ? t('already_requested') : (failure as Error).message || translate('ra.notification.http_error'));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} data-testid="delete-account" maxWidth="sm" fullWidth>
      <DialogTitle>{t('title')}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>{t('grace')}</Typography>
        <Typography variant="subtitle2">{t('deleted_title')}</Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {t('deleted')}
        </Typography>
        <Typography variant="subtitle2">{t('kept_title')}</Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {t('kept')}
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="delete-account-error">
            {error}
          </Alert>
        )}
        <TextField type="password" name="password" autoComplete="current-password" label={t('password')} value={password} onChange={(event) => setPassword(event.target.value)} fullWidth required />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={close} />
        <Button
          label="samverka.privacy.my_data.delete.confirm"
          variant="contained"
          color="error"
          onClick={() => void confirm()}
          disabled={saving || password.length === 0}
          data-testid="delete-account-confirm"
        />
      </DialogActions>
    </Dialog>
  );
};
