import { useState, type MouseEvent, type ReactElement } from 'react';
import { TextField } from '@mui/material';
import { Button, useCanAccess, useCreate, useGetIdentity, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { GroupMemberRecord } from '@samverka/shared';
import { ActionDialog } from '../../components/ActionDialog';
import { useAsyncHandler } from '../../components/use-async-handler';

/** The end of a ban as an ISO timestamp: the end of the chosen day, local time. */
const endOfDay = (date: string): string => new Date(`${date}T23:59:59`).toISOString();
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Bans a member (POST /api/group-bans): they are removed and cannot rejoin until the end date,
 * or until the ban is lifted. The reason is required and kept.
 */
export const BanMemberButton = ({ icon }: { icon: ReactElement }) => {
  const member = useRecordContext<GroupMemberRecord>();
  const { identity } = useGetIdentity();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'group-bans', record: member ? { groupId: member.groupId } : undefined });
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [until, setUntil] = useState('');
  if (!member || !canAccess || member.role === 'owner' || member.userId === identity?.id) return null;

  const confirm = (reason: string) =>
    create(
      'group-bans',
      { data: { groupId: member.groupId, userId: member.userId, reason, ...(until ? { expiresAt: endOfDay(until) } : {}) } },
      {
        onSuccess: () => {
          notify('samverka.groups.members.ban.done', { type: 'success', messageArgs: { name: member.displayName } });
          setOpen(false);
          setUntil('');
          refresh();
        },
        onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );

  const stop = (event: MouseEvent) => event.stopPropagation();
  return (
    <span onClick={stop}>
      <Button label="samverka.groups.members.ban.button" color="error" onClick={() => setOpen(true)} data-testid="ban-member-button">
        {icon}
      </Button>
      <ActionDialog
        open={open}
        title={translate('samverka.groups.members.ban.title', { name: member.displayName })}
        content={translate('samverka.groups.members.ban.content', { name: member.displayName })}
        confirmLabel="samverka.groups.members.ban.confirm"
        text={{
          name: 'reason',
          minLength: 3,
          label: translate('samverka.actions.reason'),
          helperText: translate('samverka.groups.members.ban.reason_help'),
        }}
        loading={isPending}
        testId="ban-member"
        color="error"
        onConfirm={asHandler(confirm)}
        onClose={() => setOpen(false)}
      >
        <TextField
          type="date"
          name="expiresAt"
          label={translate('samverka.groups.members.ban.until')}
          helperText={translate('samverka.groups.members.ban.until_help')}
          value={until}
          onChange={(event) => setUntil(event.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today() } }}
          sx={{ mt: 2 }}
          disabled={isPending}
        />
      </ActionDialog>
    </span>
  );
};
