import { useState, type ReactElement } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { Button, useCanAccess, useCreate, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { GroupInvitationRecord, GroupRecord } from '@samverka/shared';
import { ActionDialog } from '../../components/ActionDialog';
import { useAsyncHandler } from '../../components/use-async-handler';

type CreatedInvitation = GroupInvitationRecord & { url: string; token: string };

const inRange = (value: string, min: number, max: number) => /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max;

/** Creates an invitation link (expiry and number of uses) and shows it once. */
export const CreateInvitationButton = ({ group, icon }: { group: GroupRecord; icon: ReactElement }) => {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'group-invitations', record: { groupId: group.id } });
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [hours, setHours] = useState('168');
  const [uses, setUses] = useState('20');
  const [url, setUrl] = useState<string | null>(null);
  if (!canAccess) return null;
  const valid = inRange(hours, 1, 720) && inRange(uses, 1, 1000);

  const confirm = () =>
    create(
      'group-invitations',
      { data: { groupId: group.id, expiresInHours: Number(hours), maxUses: Number(uses) } },
      {
        onSuccess: (created) => {
          setOpen(false);
          setUrl((created as CreatedInvitation).url);
          refresh();
        },
        onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      notify('samverka.users.invitation.copied', { type: 'info' });
    } catch {
      // Clipboard refused: the link is selectable in the field.
    }
  };

  return (
    <>
      <Button label="samverka.groups.invitations.create.button" onClick={() => setOpen(true)} data-testid="create-invitation-button" sx={{ mb: 1 }}>
        {icon}
      </Button>
      <ActionDialog
        open={open}
        title={translate('samverka.groups.invitations.create.title', { name: group.name })}
        content={translate('samverka.groups.invitations.create.content')}
        confirmLabel="samverka.groups.invitations.create.confirm"
        loading={isPending}
        ready={valid}
        testId="create-invitation"
        color="primary"
        onConfirm={asHandler(confirm)}
        onClose={() => setOpen(false)}
      >
        <Stack direction="row" spacing={2}>
          <TextField
            type="number"
            name="expiresInHours"
            label={translate('samverka.groups.invitations.create.hours')}
            helperText={translate('samverka.groups.invitations.create.hours_help')}
            value={hours}
            onChange={(event) => setHours(event.target.value)}
            error={!inRange(hours, 1, 720)}
            slotProps={{ htmlInput: { min: 1, max: 720 } }}
          />
          <TextField
            type="number"
            name="maxUses"
            label={translate('samverka.groups.invitations.create.uses')}
            helperText={translate('samverka.groups.invitations.create.uses_help')}
            value={uses}
            onChange={(event) => setUses(event.target.value)}
            error={!inRange(uses, 1, 1000)}
            slotProps={{ htmlInput: { min: 1, max: 1000 } }}
          />
        </Stack>
      </ActionDialog>
      <Dialog open={url !== null} onClose={() => setUrl(null)} data-testid="group-invitation-dialog" fullWidth maxWidth="sm">
        <DialogTitle>{translate('samverka.groups.invitations.created.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('samverka.groups.invitations.created.body')}</DialogContentText>
          <TextField fullWidth value={url ?? ''} slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'group-invitation-url' } }} onFocus={(event) => event.target.select()} />
        </DialogContent>
        <DialogActions>
          <Button label="samverka.users.invitation.copy" onClick={asHandler(copy)} />
          <Button label="ra.action.close" onClick={() => setUrl(null)} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
};
