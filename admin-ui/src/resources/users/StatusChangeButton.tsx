import { useState, type ReactElement, type MouseEvent } from 'react';
import { Button, useCanAccess, useDataProvider, useGetIdentity, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { UserRecord, UserStatus } from '@samverka/shared';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { StatusChangeDialog } from './StatusChangeDialog';
import { useAsyncHandler } from '../../components/use-async-handler';

export interface StatusChangeButtonProps {
  kind: 'suspend' | 'reactivate';
  /** The status the record must have for this change to make sense. */
  from: UserStatus;
  icon: ReactElement;
  color: 'error' | 'primary';
}

/**
 * Suspend or reactivate the user in context, after a confirmation that asks for a reason.
 * Shown only when the rules allow `suspend` on this very record.
 */
export const StatusChangeButton = ({ kind, from, icon, color }: StatusChangeButtonProps) => {
  const record = useRecordContext<UserRecord>();
  const { canAccess } = useCanAccess({ action: 'suspend', resource: 'users', record });
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);

  // Nobody is offered to lock themselves out; the backend has the final word either way.
  if (!record || !canAccess || record.status !== from || record.id === identity?.id) return null;

  const messages = `samverka.users.${kind}`;
  const testId = `${kind}-user`;
  const change = (id: UserRecord['id'], reason: string) => (kind === 'suspend' ? dataProvider.suspendUser(id, reason) : dataProvider.reactivateUser(id, reason));

  const confirm = async (reason: string) => {
    setLoading(true);
    try {
      await change(record.id, reason);
      notify(`${messages}.done`, { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  // The button may sit in a clickable list row; keep its clicks (and the dialog's, which
  // bubble through the React tree despite the portal) from opening the record.
  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <span onClick={stop}>
      <Button label={`${messages}.button`} onClick={() => setOpen(true)} color={color} data-testid={`${testId}-button`}>
        {icon}
      </Button>
      <StatusChangeDialog open={open} messages={messages} name={record.displayName} loading={loading} testId={testId} color={color} onConfirm={asHandler(confirm)} onClose={() => setOpen(false)} />
    </span>
  );
};
