import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Button, useTranslate } from 'react-admin';

export interface Invitation {
  email: string;
}

/**
 * Tells the platform owner that the invitation went out by e-mail. The link itself is a secret
 * for the new staff member alone: the API never returns it and the outbox hides it.
 */
export const InvitationDialog = ({ invitation, onClose }: { invitation: Invitation | null; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open={invitation !== null} onClose={onClose} data-testid="invitation-dialog" fullWidth maxWidth="sm">
      <DialogTitle>{translate('samverka.users.invitation.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText data-testid="invitation-sent">{translate('samverka.staff.invitation.sent', { email: invitation?.email ?? '' })}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.close" onClick={onClose} variant="contained" />
      </DialogActions>
    </Dialog>
  );
};
