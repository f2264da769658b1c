import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import PersonRemoveIcon from '@mui/icons-material/PersonRemove';
import { useCanAccess, useGetIdentity, useRecordContext } from 'react-admin';
import type { GroupMemberRecord, GroupRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { BanMemberButton } from './BanMemberButton';

/**
 * Appoint or remove an admin: only the group's owner (or the platform owner, whose rules manage
 * everything) may, so the button asks both the group's `myRole` and the rules.
 */
export const SetRoleButton = ({ group }: { group: GroupRecord }) => {
  const member = useRecordContext<GroupMemberRecord>();
  const { canAccess: platformOwner } = useCanAccess({ action: 'manage', resource: 'groups' });
  if (!member || member.role === 'owner' || !(group.myRole === 'owner' || platformOwner)) return null;
  const makeAdmin = member.role === 'member';
  return (
    <ActionButton
      resource="group-members"
      action="role"
      access="update"
      body={{ role: makeAdmin ? 'admin' : 'member' }}
      messages={makeAdmin ? 'samverka.groups.members.make_admin' : 'samverka.groups.members.remove_admin'}
      name={member.displayName}
      icon={<AdminPanelSettingsIcon />}
      testId={makeAdmin ? 'make-admin' : 'remove-admin'}
    />
  );
};

/** Takes someone out of the group (they are told); the owner cannot be removed this way. */
export const RemoveMemberButton = () => {
  const member = useRecordContext<GroupMemberRecord>();
  const { identity } = useGetIdentity();
  if (!member || member.role === 'owner' || member.userId === identity?.id) return null;
  return (
    <ActionButton
      resource="group-members"
      action="remove"
      access="delete"
      messages="samverka.groups.members.remove"
      name={member.displayName}
      text={{ name: 'reason', minLength: 0 }}
      color="error"
      icon={<PersonRemoveIcon />}
      testId="remove-member"
    />
  );
};

export const MemberActions = ({ group }: { group: GroupRecord }) => (
  <>
    <SetRoleButton group={group} />
    <RemoveMemberButton />
    <BanMemberButton icon={<PersonOffIcon />} />
  </>
);
