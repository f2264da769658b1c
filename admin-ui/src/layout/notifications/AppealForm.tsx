import { useState } from 'react';
import { Stack, TextField, Typography } from '@mui/material';
import { Button, useNotify, useTranslate } from 'react-admin';
import { AppealStatus } from '@samverka/shared';
import { refusalMessage } from '../../resources/moderation-cases';
import { API_URL, apiFetch } from '../../providers/http-client';

const MIN = 10;

/**
 * The signed-in author appeals a decision from its statement of reasons: no code needed, a
 * suspended author too. Once appealed, where the appeal stands is shown instead of the form.
 */
export const AppealForm = ({ actionId, appealed, onAppealed }: { actionId: string; appealed?: AppealStatus; onAppealed?: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const status = appealed ?? (sent ? AppealStatus.Pending : undefined);
  if (status) {
    return (
      <Typography variant="body2" role="status" sx={{ mt: 1, fontWeight: 500 }} data-testid="appeal-registered" data-status={status}>
        {translate(`samverka.flow.notifications.appeal.appealed.${status}`)}
      </Typography>
    );
  }
  if (!open) return <Button label="samverka.flow.notifications.appeal.button" onClick={() => setOpen(true)} data-testid="appeal-open" sx={{ alignSelf: 'flex-start' }} />;
  const send = async () => {
    setBusy(true);
    try {
      await apiFetch(`${API_URL}/appeals`, { method: 'POST', body: JSON.stringify({ actionId, text: text.trim() }) });
      notify('samverka.flow.notifications.appeal.done', { type: 'success' });
      setSent(true);
      onAppealed?.();
    } catch (error) {
      notify(refusalMessage(error, translate), { type: 'error', autoHideDuration: 10_000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <TextField
        multiline
        minRows={2}
        name="appeal"
        label={translate('samverka.flow.notifications.appeal.label')}
        helperText={translate('samverka.flow.notifications.appeal.min_length', { min: MIN })}
        value={text}
        onChange={(event) => setText(event.target.value)}
        disabled={busy}
        autoFocus
      />
      <Button
        label="samverka.flow.notifications.appeal.confirm"
        variant="contained"
        disabled={busy || text.trim().length < MIN}
        onClick={() => void send()}
        data-testid="appeal-send"
        sx={{ alignSelf: 'flex-start' }}
      />
    </Stack>
  );
};
