import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useNotify, useTranslate } from 'react-admin';
import { useAsyncHandler } from '../../components/use-async-handler';

export interface Invitation {
  email: string;
  url: string | null;
}

/** Shows the one-time invitation link so the platform owner can pass it on. */
export const InvitationDialog = ({ invitation, onClose }: { invitation: Invitation | null; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const copy = async () => {
    if (!invitation?.url) return;
    try {
      await navigator.clipboard.writeText(invitation.url);
      notify('samverka.users.invitation.copied', { type: 'info' });
    } catch {
      // Clipboard access refused (e.g. plain http): the link is selectable in the field.
    }
  };
  return (
    <Dialog open={invitation !== null} onClose={onClose} data-testid="invitation-dialog" fullWidth maxWidth="sm">
      <DialogTitle>{translate('samverka.users.invitation.title')}</DialogTitle>
      <DialogContent>
        {invitation?.url ? (
          <>
            <DialogContentText sx={{ mb: 2 }}>
              {translate('samverka.users.invitation.body', { email: invitation.email })}
            </DialogContentText>
            <TextField
              fullWidth
              value={invitation.url}
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'invitation-url' } }}
              onFocus={(event) => event.target.select()}
            />
          </>
        ) : (
          <DialogContentText>{translate('samverka.users.invitation.missing')}</DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        {invitation?.url && <Button label="samverka.users.invitation.copy" onClick={asHandler(copy)} />}
        <Button label="ra.action.close" onClick={onClose} variant="contained" />
      </DialogActions>
    </Dialog>
  );
};
