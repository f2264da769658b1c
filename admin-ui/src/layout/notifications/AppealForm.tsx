import { useState } from 'react';
import { Stack, TextField } from '@mui/material';
import { Button, useNotify, useTranslate } from 'react-admin';
import { refusalMessage } from '../../resources/moderation-cases';
import { API_URL, apiFetch } from '../../providers/http-client';

const MIN = 10;

/** The signed-in author appeals a decision from its statement of reasons: no code needed. */
export const AppealForm = ({ actionId }: { actionId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  if (sent) return null;
  if (!open) return <Button label="samverka.flow.notifications.appeal.button" onClick={() => setOpen(true)} data-testid="appeal-open" />;
  const send = async () => {
    setBusy(true);
    try {
      await apiFetch(`${API_URL}/appeals`, { method: 'POST', body: JSON.stringify({ actionId, text: text.trim() }) });
      notify('samverka.flow.notifications.appeal.done', { type: 'success' });
      setSent(true);
    } catch (error) {
      notify(refusalMessage(error, translate), { type: 'error', autoHideDuration: 10_000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={1} sx={{ mt: 1 }}>
      <TextField multiline minRows={2} name="appeal" label={translate('samverka.flow.notifications.appeal.label')} value={text} onChange={(event) => setText(event.target.value)} disabled={busy} />
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
