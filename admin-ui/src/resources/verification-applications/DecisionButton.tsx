import { useState, type ReactElement } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { VerificationApplicationRecord } from '@samverka/shared';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { useAsyncHandler } from '../../components/use-async-handler';

export type DecisionKind = 'approve' | 'reject' | 'request-info';

/** One decision on the application in context, after a dialog that asks for its grounds. */
export const DecisionButton = ({ kind, icon, color }: { kind: DecisionKind; icon: ReactElement; color: 'primary' | 'error' | 'inherit' }) => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const { canAccess } = useCanAccess({ action: 'review', resource: 'verification-applications', record });
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [grounds, setGrounds] = useState('');
  const [loading, setLoading] = useState(false);
  if (!record || !canAccess || record.status !== 'pending') return null;
  const messages = `samverka.verification.decision.${kind}`;
  const testId = `decision-${kind}`;

  const confirm = async () => {
    setLoading(true);
    try {
      await dataProvider.decideApplication(record.id, kind, grounds.trim());
      notify(`${messages}.done`, { type: 'success' });
      setOpen(false);
      setGrounds('');
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label={`${messages}.button`} onClick={() => setOpen(true)} color={color} data-testid={`${testId}-button`}>
        {icon}
      </Button>
      <Dialog open={open} onClose={loading ? undefined : () => setOpen(false)} data-testid={testId}>
        <DialogTitle>{translate(`${messages}.title`, { name: record.organisationName })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(`${messages}.content`, { approvals: record.approvals, required: record.requiredApprovals })}</DialogContentText>
          <TextField
            autoFocus
            required
            fullWidth
            multiline
            minRows={2}
            name="grounds"
            label={translate('samverka.verification.grounds')}
            helperText={translate('samverka.verification.grounds_help')}
            value={grounds}
            onChange={(event) => setGrounds(event.target.value)}
            disabled={loading}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} disabled={loading} />
          <Button
            label={`${messages}.confirm`}
            variant="contained"
            color={color === 'inherit' ? 'primary' : color}
            disabled={loading || grounds.trim().length < 3}
            onClick={asHandler(confirm)}
            data-testid={`${testId}-confirm`}
          />
        </DialogActions>
      </Dialog>
    </>
  );
};
