import { useState } from 'react';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { PrivacyRequestRecord } from '@samverka/shared';
import { ActionDialog } from '../../components/ActionDialog';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { useAsyncHandler } from '../../components/use-async-handler';

const messages = 'samverka.privacy.lift_restriction';

/**
 * Ends a restriction of processing granted under a completed restriction request (Art. 18(3)),
 * with a reason the person is sent. The API answers 409 when none is in force any more.
 */
export const LiftRestrictionButton = () => {
  const record = useRecordContext<PrivacyRequestRecord>();
  const { canAccess } = useCanAccess({ action: 'update', resource: 'privacy-requests', record });
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!record || !canAccess || record.type !== 'restriction' || record.status !== 'completed') return null;

  const confirm = async (reason: string) => {
    setLoading(true);
    try {
      await dataProvider.act('privacy-requests', record.id, 'lift-restriction', { reason });
      notify(`${messages}.done`, { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  return (
    <span onClick={(event) => event.stopPropagation()}>
      <Button label={`${messages}.button`} onClick={() => setOpen(true)} color="warning" data-testid="lift-restriction-button">
        <LockOpenIcon />
      </Button>
      <ActionDialog
        open={open}
        title={translate(`${messages}.title`)}
        content={translate(`${messages}.content`)}
        confirmLabel={`${messages}.confirm`}
        text={{ name: 'reason', minLength: 10, label: translate(`${messages}.reason`), helperText: translate(`${messages}.reason_help`) }}
        loading={loading}
        testId="lift-restriction"
        color="warning"
        onConfirm={asHandler(confirm)}
        onClose={() => setOpen(false)}
      />
    </span>
  );
};
