import BlockIcon from '@mui/icons-material/Block';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { useRecordContext } from 'react-admin';
import type { BadgeRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';

const REASON = { name: 'reason', minLength: 3 } as const;

/**
 * Suspend (reversible), reinstate, or revoke (for good) a badge, each behind a dialog that says
 * what follows and asks for the reason the organisation is told and the audit log keeps. Each
 * button shows only when the rules allow it for this badge and its status allows the change.
 */
export const BadgeActions = () => {
  const badge = useRecordContext<BadgeRecord>();
  if (!badge) return null;
  const name = badge.kind === 'member' && badge.holderName ? `${badge.holderName}, ${badge.organisationName}` : badge.organisationName;
  const open = badge.status === 'active' || badge.status === 'suspended';
  return (
    <>
      {badge.status === 'active' && (
        <ActionButton
          resource="badges"
          action="suspend"
          access="suspend"
          messages="samverka.badges.suspend"
          name={name}
          text={REASON}
          color="warning"
          icon={<PauseCircleIcon />}
          testId="suspend-badge"
        />
      )}
      {badge.status === 'suspended' && (
        <ActionButton resource="badges" action="reinstate" access="suspend" messages="samverka.badges.reinstate" name={name} text={REASON} icon={<PlayCircleIcon />} testId="reinstate-badge" />
      )}
      {open && <ActionButton resource="badges" action="revoke" access="revoke" messages="samverka.badges.revoke" name={name} text={REASON} color="error" icon={<BlockIcon />} testId="revoke-badge" />}
    </>
  );
};
