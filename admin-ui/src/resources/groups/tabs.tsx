import AddLinkIcon from '@mui/icons-material/AddLink';
import { BooleanField, DataTable, FunctionField, Pagination, ReferenceManyField } from 'react-admin';
import type { GroupBanRecord, GroupInvitationRecord, GroupMemberRecord, GroupRecord, InterventionRecord, JoinRequestRecord } from '@samverka/shared';
import { ChoiceChip } from '../../components/ChoiceChip';
import { EmptyNote } from '../../components/EmptyNote';
import { LocalDateField } from '../../components/LocalDateField';
import { RecordHistory } from '../audit-events';
import { CloseInterventionButton, GroundField, InterventionMeasures, OpenInterventionButton } from '../group-interventions';
import { CreateInvitationButton } from './CreateInvitationButton';
import { GroupRoleField } from './fields';
import { ApproveRequestButton, RejectRequestButton } from './JoinRequestActions';
import { LiftBanButton, RevokeInvitationButton } from './LinkAndBanActions';
import { BanHistory } from './BanHistory';
import { MemberActions } from './MemberActions';
import { PersonColumns } from './PersonColumns';
import { Section } from '../../components/Section';

export const MembersTab = ({ group }: { group: GroupRecord }) => (
  <Section title="samverka.groups.members.title" intro="samverka.groups.members.intro" testId="group-members">
    <ReferenceManyField<GroupRecord, GroupMemberRecord>
      reference="group-members"
      target="groupId"
      sort={{ field: 'joinedAt', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
    >
      <DataTable<GroupMemberRecord> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="samverka.groups.members.none" />}>
        <DataTable.Col source="displayName" disableSort />
        <DataTable.Col source="role">
          <GroupRoleField />
        </DataTable.Col>
        <DataTable.Col source="joinedAt">
          <LocalDateField source="joinedAt" showTime={false} />
        </DataTable.Col>
        <PersonColumns />
        <DataTable.Col label="" disableSort>
          <MemberActions group={group} />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </Section>
);

export const JoinRequestsTab = () => (
  <>
    <Section title="samverka.groups.requests.pending_title" intro="samverka.groups.requests.intro" testId="pending-requests">
      <ReferenceManyField<GroupRecord, JoinRequestRecord>
        reference="group-join-requests"
        target="groupId"
        filter={{ status: 'pending' }}
        sort={{ field: 'createdAt', order: 'ASC' }}
        perPage={50}
        pagination={<Pagination rowsPerPageOptions={[50]} />}
      >
        <DataTable<JoinRequestRecord> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="samverka.groups.requests.none_pending" />}>
          <DataTable.Col source="displayName" disableSort />
          <PersonColumns />
          <DataTable.Col source="message" disableSort />
          <DataTable.Col source="createdAt">
            <LocalDateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col label="" disableSort>
            <ApproveRequestButton />
            <RejectRequestButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
    <Section title="samverka.groups.requests.all_title" testId="all-requests">
      <ReferenceManyField<GroupRecord, JoinRequestRecord>
        reference="group-join-requests"
        target="groupId"
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
      >
        <DataTable<JoinRequestRecord> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="samverka.groups.requests.none" />}>
          <DataTable.Col source="displayName" disableSort />
          <DataTable.Col source="status">
            <ChoiceChip source="status" prefix="samverka.join_request_status" colors={{ pending: 'warning', approved: 'success', rejected: 'error' }} />
          </DataTable.Col>
          <DataTable.Col source="createdAt">
            <LocalDateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col source="decidedAt" disableSort>
            <LocalDateField source="decidedAt" emptyText="-" />
          </DataTable.Col>
          <DataTable.Col source="decisionReason" disableSort />
        </DataTable>
      </ReferenceManyField>
    </Section>
  </>
);

/** Bans in force, with the button to lift one; lifted and expired ones below, with who lifted them and why. */
export const BansTab = () => (
  <>
    <Section title="samverka.groups.bans.title" intro="samverka.groups.bans.intro" testId="group-bans">
      <ReferenceManyField<GroupRecord, GroupBanRecord>
        reference="group-bans"
        target="groupId"
        filter={{ active: true }}
        sort={{ field: 'createdAt', order: 'DESC' }}
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      >
        <DataTable<GroupBanRecord> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="samverka.groups.bans.none" />}>
          <DataTable.Col source="displayName" disableSort />
          <DataTable.Col source="reason" disableSort />
          <DataTable.Col source="createdAt">
            <LocalDateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col source="expiresAt">
            <LocalDateField source="expiresAt" emptyText="samverka.groups.bans.until_lifted" />
          </DataTable.Col>
          <DataTable.Col label="" disableSort>
            <LiftBanButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
    <BanHistory />
  </>
);

export const InvitationsTab = ({ group }: { group: GroupRecord }) => (
  <Section title="samverka.groups.invitations.title" intro="samverka.groups.invitations.intro" testId="group-invitations">
    <CreateInvitationButton group={group} icon={<AddLinkIcon />} />
    <ReferenceManyField<GroupRecord, GroupInvitationRecord>
      reference="group-invitations"
      target="groupId"
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
    >
      <DataTable<GroupInvitationRecord> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="samverka.groups.invitations.none" />}>
        <DataTable.Col source="createdAt">
          <LocalDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="expiresAt">
          <LocalDateField source="expiresAt" />
        </DataTable.Col>
        <DataTable.Col source="uses" disableSort>
          <FunctionField<GroupInvitationRecord> render={(invitation) => `${invitation.uses} / ${invitation.maxUses}`} />
        </DataTable.Col>
        <DataTable.Col source="usable" disableSort>
          <BooleanField source="usable" />
        </DataTable.Col>
        <DataTable.Col label="" disableSort>
          <RevokeInvitationButton />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </Section>
);

export const InterventionsTab = ({ group }: { group: GroupRecord }) => (
  <Section title="samverka.interventions.title" intro="samverka.interventions.intro" testId="group-interventions">
    <OpenInterventionButton group={group} />
    {group.openInterventionId && <InterventionMeasures group={group} />}
    <ReferenceManyField<GroupRecord, InterventionRecord>
      reference="group-interventions"
      target="groupId"
      sort={{ field: 'openedAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25]} />}
    >
      <DataTable<InterventionRecord> bulkActionButtons={false} rowClick={false} empty={<EmptyNote message="samverka.interventions.none" />}>
        <DataTable.Col source="openedAt">
          <LocalDateField source="openedAt" />
        </DataTable.Col>
        <DataTable.Col source="ground" disableSort>
          <GroundField />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort />
        <DataTable.Col source="closedAt">
          <LocalDateField source="closedAt" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col source="outcome" disableSort />
        <DataTable.Col label="" disableSort>
          <CloseInterventionButton />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </Section>
);

export const HistoryTab = () => (
  <Section title="samverka.groups.history.title" intro="samverka.groups.history.intro" testId="group-history">
    <RecordHistory target="relatedTo" />
  </Section>
);
