import { CreateButton, DataTable, FilterButton, List, ReferenceField, TopToolbar } from 'react-admin';
import type { UserRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { userFilters } from './filters';
import { ReactivateButton } from './ReactivateButton';
import { RolesField } from './RolesField';
import { StatusField } from './StatusField';
import { SuspendButton } from './SuspendButton';
import { NoRows } from '../../components/NoRows';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="samverka.users.invite_button" />
  </TopToolbar>
);

/** The people the signed-in staff member may see; the API scopes the rows by the same rules. */
export const UserList = () => (
  <List<UserRecord> empty={false} filters={userFilters} actions={<ListActions />} sort={{ field: 'email', order: 'ASC' }}>
    <DataTable<UserRecord> rowClick="show" bulkActionButtons={false} empty={<NoRows />}>
      <DataTable.Col source="email" />
      <DataTable.Col source="displayName" />
      <DataTable.Col source="roles" disableSort>
        <RolesField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusField />
      </DataTable.Col>
      <DataTable.Col source="homeMunicipalityId">
        <ReferenceField source="homeMunicipalityId" reference="municipalities" link="show" />
      </DataTable.Col>
      <DataTable.Col source="lastSignInAt">
        <LocalDateField source="lastSignInAt" />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <SuspendButton />
        <ReactivateButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
