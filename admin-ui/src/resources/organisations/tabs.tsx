import { Chip } from '@mui/material';
import { ArrayField, BooleanField, DataTable, FunctionField, Pagination, ReferenceManyField, TextField, useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { BadgeRecord, OrganisationMemberRecord, OrganisationRecord, VerificationApplicationRecord } from '@samverka/shared';
import { EmptyNote } from '../../components/EmptyNote';
import { Section } from '../../components/Section';
import { LocalDateField } from '../../components/LocalDateField';
import { RecordHistory } from '../audit-events';
import { BadgeActions, BadgeKindField, BadgeQrButton, BadgeStatusField } from '../badges';
import { BADGE_STATUS_COLOURS } from '../badges/fields';
import { ApplicationStatusField } from '../verification-applications/StatusField';

/** A member's emblem: its status, from the organisation's member badges. */
const EmblemField = ({ emblems }: { emblems: BadgeRecord[] }) => {
  const member = useRecordContext<OrganisationMemberRecord>();
  const translate = useTranslate();
  if (!member) return null;
  // The member's current emblem: a renewal supersedes the old one.
  const emblem = emblems.find((badge) => badge.memberId === member.id && badge.status !== 'superseded');
  if (!emblem) return <span>{translate('samverka.organisations.no_emblem')}</span>;
  return (
    <Chip
      size="small"
      variant="filled"
      color={emblem.valid ? 'success' : (BADGE_STATUS_COLOURS[emblem.status] ?? 'default')}
      data-value={emblem.status}
      label={`${translate(`samverka.badges.status.${emblem.status}`)} · ${emblem.code}`}
    />
  );
};

/** Current and former members with their titles, confirmed work address and emblem. */
export const MembersTab = () => {
  const organisation = useRecordContext<OrganisationRecord>();
  const { data: emblems = [] } = useGetList<BadgeRecord>(
    'badges',
    {
      filter: { organisationId: organisation?.id, kind: 'member' },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'issuedAt', order: 'DESC' },
    },
    { enabled: Boolean(organisation) },
  );
  return (
    <Section title="samverka.organisations.members.title" intro="samverka.organisations.members.intro" testId="organisation-members">
      <ArrayField source="members">
        <DataTable<OrganisationMemberRecord> bulkActionButtons={false} empty={<EmptyNote message="samverka.organisations.members.none" />}>
          <DataTable.Col source="displayName" label="resources.organisations.fields.memberName" />
          <DataTable.Col source="title" label="resources.organisations.fields.title" />
          <DataTable.Col source="role" label="resources.organisations.fields.role">
            <FunctionField<OrganisationMemberRecord> render={(member) => <OrganisationRoleText role={member.role} />} />
          </DataTable.Col>
          <DataTable.Col source="verifiedEmail" label="resources.organisations.fields.verifiedEmail">
            <TextField source="verifiedEmail" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="confirmed" label="resources.organisations.fields.confirmed">
            <BooleanField source="confirmed" />
          </DataTable.Col>
          <DataTable.Col label="resources.organisations.fields.emblem">
            <EmblemField emblems={emblems} />
          </DataTable.Col>
          <DataTable.Col source="joinedAt" label="resources.organisations.fields.joinedAt">
            <LocalDateField source="joinedAt" showTime={false} />
          </DataTable.Col>
          <DataTable.Col source="leftAt" label="resources.organisations.fields.leftAt">
            <LocalDateField source="leftAt" showTime={false} emptyText="—" />
          </DataTable.Col>
        </DataTable>
      </ArrayField>
    </Section>
  );
};

const OrganisationRoleText = ({ role }: { role: string }) => {
  const translate = useTranslate();
  return <>{translate(`samverka.organisations.member_role.${role}`, { _: role })}</>;
};

/** The organisation's badge and its members' emblems, with their status, validity and actions. */
export const BadgesTab = () => (
  <Section title="samverka.organisations.badges.title" intro="samverka.organisations.badges.intro" testId="organisation-badges">
    <ReferenceManyField<OrganisationRecord, BadgeRecord>
      reference="badges"
      target="organisationId"
      sort={{ field: 'issuedAt', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
    >
      <DataTable<BadgeRecord> bulkActionButtons={false} rowClick="show" empty={<EmptyNote message="samverka.organisations.badges.none" />}>
        <DataTable.Col source="code" disableSort />
        <DataTable.Col source="kind" disableSort>
          <BadgeKindField />
        </DataTable.Col>
        <DataTable.Col source="holderName" disableSort>
          <TextField source="holderName" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <BadgeStatusField />
        </DataTable.Col>
        <DataTable.Col source="statusReason" disableSort>
          <TextField source="statusReason" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="issuedAt">
          <LocalDateField source="issuedAt" showTime={false} />
        </DataTable.Col>
        <DataTable.Col source="validUntil">
          <LocalDateField source="validUntil" showTime={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label=" " disableSort>
          <BadgeQrButton />
          <BadgeActions />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </Section>
);

/** Every verification application for the organisation, newest first: first verification and renewals. */
export const ApplicationsTab = () => (
  <Section title="samverka.organisations.applications.title" testId="organisation-applications">
    <ReferenceManyField<OrganisationRecord, VerificationApplicationRecord> reference="verification-applications" target="organisationId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <DataTable<VerificationApplicationRecord> bulkActionButtons={false} rowClick="show" empty={<EmptyNote message="samverka.organisations.applications.none" />}>
        <DataTable.Col source="createdAt">
          <LocalDateField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <FunctionField<VerificationApplicationRecord> render={(application) => <KindText kind={application.kind} />} />
        </DataTable.Col>
        <DataTable.Col source="applicantName" disableSort />
        <DataTable.Col source="status" disableSort>
          <ApplicationStatusField />
        </DataTable.Col>
        <DataTable.Col source="approvals" disableSort>
          <FunctionField<VerificationApplicationRecord> render={(application) => `${application.approvals}/${application.requiredApprovals}`} />
        </DataTable.Col>
        <DataTable.Col source="decidedAt" disableSort>
          <LocalDateField source="decidedAt" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  </Section>
);

const KindText = ({ kind }: { kind: string }) => {
  const translate = useTranslate();
  return <>{translate(`samverka.organisations.application_kind.${kind}`, { _: kind })}</>;
};

/** The audit log's events about the organisation and what belongs to it. */
export const HistoryTab = () => (
  <Section title="samverka.organisations.history.title" testId="organisation-history">
    <RecordHistory target="relatedTo" />
  </Section>
);
