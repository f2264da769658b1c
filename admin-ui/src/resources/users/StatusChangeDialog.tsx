import { useState, type FormEvent } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';

export interface StatusChangeDialogProps {
  open: boolean;
  /** i18n prefix holding title, content and confirm, e.g. `samverka.users.suspend`. */
  messages: string;
  name: string;
  loading: boolean;
  testId: string;
  color: 'error' | 'primary';
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** A dialog that says what will happen to the person and asks for the reason the log keeps. */
export const StatusChangeDialog = ({ open, messages, name, loading, testId, color, onConfirm, onClose }: StatusChangeDialogProps) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const trimmed = reason.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) onConfirm(trimmed);
  };
  return (
    <Dialog open={open} onClose={loading ? undefined : onClose} aria-labelledby={`${testId}-title`} data-testid={testId} slotProps={{ transition: { onExited: () => setReason('') } }}>
      <form onSubmit={submit}>
        <DialogTitle id={`${testId}-title`}>{translate(`${messages}.title`, { name })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(`${messages}.content`, { name })}</DialogContentText>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={2}
            name="reason"
            label={translate('samverka.users.reason')}
            helperText={translate('samverka.users.reason_help')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            disabled={loading}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} disabled={loading} />
          <Button type="submit" label={`${messages}.confirm`} variant="contained" color={color} disabled={loading || !trimmed} data-testid={`${testId}-confirm`} />
        </DialogActions>
      </form>
    </Dialog>
  );
};
