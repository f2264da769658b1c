import LinkOffIcon from '@mui/icons-material/LinkOff';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useRecordContext } from 'react-admin';
import type { GroupBanRecord, GroupInvitationRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';

/** Ends a ban early, saying why (it shows in the ban history): the person may ask to join again. */
export const LiftBanButton = () => {
  const ban = useRecordContext<GroupBanRecord>();
  if (!ban?.active) return null;
  return (
    <ActionButton
      resource="group-bans"
      action="lift"
      access="update"
      messages="samverka.groups.bans.lift"
      name={ban.displayName}
      text={{ name: 'reason', minLength: 10 }}
      icon={<LockOpenIcon />}
      testId="lift-ban"
    />
  );
};

/** Stops an invitation link from working; people who joined with it stay. */
export const RevokeInvitationButton = () => {
  const invitation = useRecordContext<GroupInvitationRecord>();
  if (!invitation?.usable) return null;
  return <ActionButton resource="group-invitations" action="revoke" access="update" messages="samverka.groups.invitations.revoke" color="error" icon={<LinkOffIcon />} testId="revoke-invitation" />;
};
