import GavelIcon from '@mui/icons-material/Gavel';
import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import { Button, useCanAccess, useCreate, useNotify, useRefresh, useTranslate } from 'react-admin';
import { INTERVENTION_GROUNDS, type GroupRecord } from '@samverka/shared';
import { ActionDialog } from '../../components/ActionDialog';
import { useAsyncHandler } from '../../components/use-async-handler';

/**
 * Opens an intervention on a locked group (POST /api/group-interventions): the platform steps in,
 * on a stated ground, and may then read the group's content, freeze posting or lock the group.
 */
export const OpenInterventionButton = ({ group }: { group: GroupRecord }) => {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'group-interventions', record: { groupId: group.id } });
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [ground, setGround] = useState('');
  if (!canAccess || group.visibility !== 'locked' || group.openInterventionId) return null;

  const confirm = (reason: string) =>
    create(
      'group-interventions',
      { data: { groupId: group.id, ground, reason } },
      {
        onSuccess: () => {
          notify('samverka.interventions.open.done', { type: 'success' });
          setOpen(false);
          setGround('');
          refresh();
        },
        onError: (error) => notify((error as Error).message || 'ra.notification.http_error', { type: 'error' }),
      },
    );

  return (
    <>
      <Button label="samverka.interventions.open.button" color="warning" onClick={() => setOpen(true)} data-testid="open-intervention-button" sx={{ mb: 1 }}>
        <GavelIcon />
      </Button>
      <ActionDialog
        open={open}
        title={translate('samverka.interventions.open.title', { name: group.name })}
        content={translate('samverka.interventions.open.content', { name: group.name })}
        confirmLabel="samverka.interventions.open.confirm"
        text={{
          name: 'reason',
          minLength: 10,
          label: translate('samverka.actions.reason'),
          helperText: translate('samverka.interventions.open.reason_help'),
        }}
        loading={isPending}
        ready={ground !== ''}
        testId="open-intervention"
        color="warning"
        onConfirm={asHandler(confirm)}
        onClose={() => setOpen(false)}
      >
        <TextField
          select
          fullWidth
          required
          name="ground"
          label={translate('resources.group-interventions.fields.ground')}
          value={ground}
          onChange={(event) => setGround(event.target.value)}
          sx={{ mt: 2 }}
        >
          {INTERVENTION_GROUNDS.map((value) => (
            <MenuItem key={value} value={value}>
              {translate(`samverka.intervention_ground.${value}`)}
            </MenuItem>
          ))}
        </TextField>
      </ActionDialog>
    </>
  );
};
