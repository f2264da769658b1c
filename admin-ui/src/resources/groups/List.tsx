import { CreateButton, DataTable, FilterButton, List, ReferenceField, TopToolbar, usePermissions } from 'react-admin';
import { isStaff, type GroupRecord, type MeRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { adminGroupIdsOf } from '../../providers/access';
import { GroupFlagsField, KindField, VisibilityField } from './fields';
import { groupFilters, ownGroupFilters } from './filters';
import { NoRows } from '../../components/NoRows';

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/**
 * Groups: staff see what the API scopes for them (coordinators their municipalities); someone
 * who runs groups without a staff role sees only the groups they own or administer.
 */
export const GroupList = () => {
  const { permissions, isPending } = usePermissions<MeRecord | null>();
  if (isPending || !permissions) return null;
  const staff = isStaff(permissions.roles);
  return (
    <List<GroupRecord>
      empty={false}
      filters={staff ? groupFilters : ownGroupFilters}
      filter={staff ? undefined : { id: adminGroupIdsOf(permissions) }}
      actions={<ListActions />}
      sort={{ field: 'name', order: 'ASC' }}
    >
      <DataTable<GroupRecord> rowClick="show" bulkActionButtons={false} empty={<NoRows />}>
        <DataTable.Col source="name" />
        <DataTable.Col source="municipalityId" disableSort>
          <ReferenceField source="municipalityId" reference="municipalities" link={false} />
        </DataTable.Col>
        <DataTable.Col source="visibility" disableSort>
          <VisibilityField />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <KindField />
        </DataTable.Col>
        <DataTable.NumberCol source="memberCount" disableSort />
        <DataTable.NumberCol source="pendingRequestCount" disableSort />
        <DataTable.Col source="lastActivityAt">
          <LocalDateField source="lastActivityAt" />
        </DataTable.Col>
        <DataTable.Col source="flags" disableSort>
          <GroupFlagsField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
