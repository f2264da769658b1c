import ArchiveIcon from '@mui/icons-material/Archive';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import { EditButton, NumberField, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { GroupRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { ChoiceChip } from '../../components/ChoiceChip';
import { LocalDateField } from '../../components/LocalDateField';
import { GroupFlagsField, KindField, VisibilityField } from './fields';
import { BansTab, HistoryTab, InterventionsTab, InvitationsTab, JoinRequestsTab, MembersTab } from './tabs';

/** Archive (read-only) or reactivate: for the group's owner and admins, and the platform owner. */
const ArchiveButton = () => {
  const group = useRecordContext<GroupRecord>();
  if (!group) return null;
  const archived = group.status === 'archived';
  return (
    <ActionButton
      resource="groups"
      action={archived ? 'reactivate' : 'archive'}
      access="update"
      messages={archived ? 'samverka.groups.reactivate' : 'samverka.groups.archive'}
      name={group.name}
      color={archived ? 'primary' : 'warning'}
      icon={archived ? <UnarchiveIcon /> : <ArchiveIcon />}
      testId={archived ? 'reactivate-group' : 'archive-group'}
    />
  );
};

const EditGroupButton = () => {
  const group = useRecordContext<GroupRecord>();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'groups', record: group });
  return canAccess ? <EditButton /> : null;
};

const ShowActions = () => (
  <TopToolbar>
    <EditGroupButton />
    <ArchiveButton />
  </TopToolbar>
);

/**
 * The tabs a person may use on this group: each administration tab is shown only when the rules
 * let them read that list for this group (owners and admins of it, moderators, the platform
 * owner); interventions for staff who may open them; history for those who may read the log.
 */
const GroupTabs = () => {
  const group = useRecordContext<GroupRecord>();
  const translate = useTranslate();
  const scope = group ? { groupId: group.id } : undefined;
  const members = useCanAccess({ action: 'list', resource: 'group-members', record: scope });
  const requests = useCanAccess({ action: 'list', resource: 'group-join-requests', record: scope });
  const bans = useCanAccess({ action: 'list', resource: 'group-bans', record: scope });
  const invitations = useCanAccess({ action: 'list', resource: 'group-invitations', record: scope });
  const interventions = useCanAccess({ action: 'create', resource: 'group-interventions', record: scope });
  const history = useCanAccess({ action: 'list', resource: 'audit-events' });
  if (!group) return null;
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="samverka.groups.tabs.overview">
        <TextField source="name" />
        <TextField source="description" emptyText="-" />
        <TextField source="purpose" emptyText="-" />
        <TextField source="rulesText" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
        <ReferenceField source="municipalityId" reference="municipalities" link="show" />
        <VisibilityField source="visibility" />
        <KindField source="kind" />
        <ChoiceChip source="status" prefix="samverka.group_status" label="resources.groups.fields.status" />
        <NumberField source="memberCount" />
        <NumberField source="pendingRequestCount" />
        <ChoiceChip source="myRole" prefix="samverka.group_role" label="resources.groups.fields.myRole" />
        <GroupFlagsField source="flags" />
        <LocalDateField source="createdAt" />
        <LocalDateField source="lastActivityAt" />
      </TabbedShowLayout.Tab>
      {members.canAccess && (
        <TabbedShowLayout.Tab label="samverka.groups.tabs.members" path="members" data-testid="tab-members">
          <MembersTab group={group} />
        </TabbedShowLayout.Tab>
      )}
      {requests.canAccess && (
        <TabbedShowLayout.Tab label={translate('samverka.groups.tabs.requests', { count: group.pendingRequestCount })} path="requests" data-testid="tab-requests">
          <JoinRequestsTab />
        </TabbedShowLayout.Tab>
      )}
      {bans.canAccess && (
        <TabbedShowLayout.Tab label="samverka.groups.tabs.bans" path="bans" data-testid="tab-bans">
          <BansTab />
        </TabbedShowLayout.Tab>
      )}
      {invitations.canAccess && (
        <TabbedShowLayout.Tab label="samverka.groups.tabs.invitations" path="invitations" data-testid="tab-invitations">
          <InvitationsTab group={group} />
        </TabbedShowLayout.Tab>
      )}
      {interventions.canAccess && (
        <TabbedShowLayout.Tab label="samverka.groups.tabs.interventions" path="interventions" data-testid="tab-interventions">
          <InterventionsTab group={group} />
        </TabbedShowLayout.Tab>
      )}
      {history.canAccess && (
        <TabbedShowLayout.Tab label="samverka.groups.tabs.history" path="history" data-testid="tab-history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  );
};

export const GroupShow = () => (
  <Show<GroupRecord> actions={<ShowActions />}>
    <GroupTabs />
  </Show>
);
