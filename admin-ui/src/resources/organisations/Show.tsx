import { Labeled, ReferenceArrayField, Show, SingleFieldList, ChipField, TabbedShowLayout, TextField, useCanAccess, useRecordContext } from 'react-admin';
import type { OrganisationRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { OrganisationTypeField, VerifiedField } from './fields';
import { ApplicationsTab, BadgesTab, HistoryTab, MembersTab } from './tabs';

const OrganisationTabs = () => {
  const organisation = useRecordContext<OrganisationRecord>();
  const history = useCanAccess({ action: 'list', resource: 'audit-events' });
  if (!organisation) return null;
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="samverka.organisations.tabs.overview">
        <TextField source="name" />
        <Labeled source="type">
          <OrganisationTypeField />
        </Labeled>
        <TextField source="organisationNumber" />
        <Labeled source="verified">
          <VerifiedField />
        </Labeled>
        <LocalDateField source="verifiedUntil" showTime={false} emptyText="—" />
        <ReferenceArrayField source="municipalityIds" reference="municipalities">
          <SingleFieldList linkType="show">
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <TextField source="emailDomain" emptyText="—" />
        <TextField source="description" emptyText="—" />
        <TextField source="contact" emptyText="—" />
        <LocalDateField source="createdAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="samverka.organisations.tabs.members" path="members" data-testid="tab-organisation-members">
        <MembersTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="samverka.organisations.tabs.badges" path="badges" data-testid="tab-organisation-badges">
        <BadgesTab />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="samverka.organisations.tabs.applications" path="applications" data-testid="tab-organisation-applications">
        <ApplicationsTab />
      </TabbedShowLayout.Tab>
      {history.canAccess && (
        <TabbedShowLayout.Tab label="samverka.organisations.tabs.history" path="history" data-testid="tab-organisation-history">
          <HistoryTab />
        </TabbedShowLayout.Tab>
      )}
    </TabbedShowLayout>
  );
};

/** The organisation page: what it is, its members and their emblems, its badges, applications and history. */
export const OrganisationShow = () => (
  <Show<OrganisationRecord>>
    <OrganisationTabs />
  </Show>
);
