import AcUnitIcon from '@mui/icons-material/AcUnit';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import WbSunnyIcon from '@mui/icons-material/WbSunny';
import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { GroupRecord, InterventionRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';

/** Closes an open intervention with its outcome; any freeze or lock ends with it. */
export const CloseInterventionButton = () => {
  const intervention = useRecordContext<InterventionRecord>();
  if (!intervention || intervention.closedAt) return null;
  return (
    <ActionButton
      resource="group-interventions"
      action="close"
      access="update"
      messages="samverka.interventions.close"
      text={{ name: 'outcome', minLength: 3 }}
      icon={<DoneAllIcon />}
      testId="close-intervention"
    />
  );
};

/** The measures of the group's open intervention: freeze or unfreeze posting, lock or unlock. */
export const InterventionMeasures = ({ group }: { group: GroupRecord }) => {
  const id = group.openInterventionId;
  if (!id) return null;
  const common = {
    resource: 'group-interventions',
    id,
    access: 'update',
    accessRecord: { groupId: group.id },
    name: group.name,
    text: { name: 'reason' as const, minLength: 0 },
  };
  return (
    <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
      {group.postingFrozen ? (
        <ActionButton {...common} action="unfreeze" messages="samverka.interventions.unfreeze" icon={<WbSunnyIcon />} testId="unfreeze-group" />
      ) : (
        <ActionButton {...common} action="freeze" messages="samverka.interventions.freeze" color="warning" icon={<AcUnitIcon />} testId="freeze-group" />
      )}
      {group.lockedByPlatform ? (
        <ActionButton {...common} action="unlock" messages="samverka.interventions.unlock" icon={<LockOpenIcon />} testId="unlock-group" />
      ) : (
        <ActionButton {...common} action="lock" messages="samverka.interventions.lock" color="error" icon={<LockIcon />} testId="lock-group" />
      )}
    </Stack>
  );
};
