import { useEffect, useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import { Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import { Button, useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ConsentPurposeRecord } from '@samverka/shared';
import { ActionDialog } from '../../components/ActionDialog';
import { apiFetch, API_URL } from '../../providers/http-client';
import { useAsyncHandler } from '../../components/use-async-handler';

/**
 * Publishes a new version of a purpose's Swedish and English text, starting from the current one.
 * The dialog says what a material change does (everyone is asked again) and asks for the reason
 * the audit log keeps.
 */
export const PublishVersionButton = () => {
  const record = useRecordContext<ConsentPurposeRecord>();
  const { canAccess } = useCanAccess({ action: 'update', resource: 'consent-purposes', record });
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const current = record?.versions.find((version) => version.version === record.currentVersion);
  const [textSv, setTextSv] = useState('');
  const [textEn, setTextEn] = useState('');
  const [material, setMaterial] = useState(false);
  useEffect(() => {
    if (open) {
      setTextSv(current?.textSv ?? '');
      setTextEn(current?.textEn ?? '');
      setMaterial(false);
    }
  }, [open, current]);
  if (!record || !canAccess) return null;
  const changed = textSv.trim() !== '' && textEn.trim() !== '' && (textSv.trim() !== current?.textSv || textEn.trim() !== current?.textEn);

  const confirm = async (reason: string) => {
    setLoading(true);
    try {
      await apiFetch(`${API_URL}/consent-purposes/${encodeURIComponent(record.id)}/versions`, {
        method: 'POST',
        body: JSON.stringify({ textSv: textSv.trim(), textEn: textEn.trim(), material, reason }),
      });
      notify('samverka.privacy.purposes.publish.done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="samverka.privacy.purposes.publish.button" onClick={() => setOpen(true)} data-testid="publish-version-button">
        <PublishIcon />
      </Button>
      <ActionDialog
        open={open}
        title={translate('samverka.privacy.purposes.publish.title', { name: record.key })}
        content={translate('samverka.privacy.purposes.publish.content')}
        confirmLabel="samverka.privacy.purposes.publish.confirm"
        text={{ name: 'reason', minLength: 3, label: translate('samverka.actions.reason'), helperText: translate('samverka.actions.reason_required') }}
        loading={loading}
        ready={changed}
        testId="publish-version"
        color="warning"
        onConfirm={asHandler(confirm)}
        onClose={() => setOpen(false)}
      >
        <Stack spacing={2} sx={{ mt: 2 }}>
          <TextField
            name="textSv"
            label={translate('resources.consent-purposes.fields.textSv')}
            multiline
            minRows={3}
            fullWidth
            value={textSv}
            onChange={(event) => setTextSv(event.target.value)}
            disabled={loading}
          />
          <TextField
            name="textEn"
            label={translate('resources.consent-purposes.fields.textEn')}
            multiline
            minRows={3}
            fullWidth
            value={textEn}
            onChange={(event) => setTextEn(event.target.value)}
            disabled={loading}
          />
          <FormControlLabel
            control={<Checkbox name="material" checked={material} onChange={(event) => setMaterial(event.target.checked)} disabled={loading} />}
            label={translate('samverka.privacy.purposes.publish.material')}
          />
        </Stack>
      </ActionDialog>
    </>
  );
};
