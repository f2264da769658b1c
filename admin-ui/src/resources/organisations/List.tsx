import { BooleanInput, DataTable, FilterButton, List, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { ORGANISATION_TYPES, type OrganisationRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { OrganisationTypeField, VerifiedField } from './fields';

const organisationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={ORGANISATION_TYPES.map((type) => ({ id: type, name: `samverka.verification.type.${type}` }))} />,
  <BooleanInput key="verified" source="verified" />,
];

/** Organisations serving the coordinator's municipalities (the platform owner: all). */
export const OrganisationList = () => (
  <List<OrganisationRecord>
    filters={organisationFilters}
    sort={{ field: 'name', order: 'ASC' }}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
  >
    <DataTable<OrganisationRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="type">
        <OrganisationTypeField />
      </DataTable.Col>
      <DataTable.Col source="organisationNumber" disableSort />
      <DataTable.Col source="verified" disableSort>
        <VerifiedField />
      </DataTable.Col>
      <DataTable.Col source="verifiedUntil" disableSort>
        <LocalDateField source="verifiedUntil" showTime={false} emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
