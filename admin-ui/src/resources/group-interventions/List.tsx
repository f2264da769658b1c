import { DataTable, List, ReferenceField } from 'react-admin';
import type { InterventionRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { interventionFilters } from './filters';
import { GroundField } from './GroundField';
import { CloseInterventionButton } from './InterventionActions';
import { NoRows } from '../../components/NoRows';

/** The platform's interventions in locked groups, open ones first to hand; rows open the group. */
export const InterventionList = () => (
  <List<InterventionRecord> empty={false} filters={interventionFilters} sort={{ field: 'openedAt', order: 'DESC' }}>
    <DataTable<InterventionRecord> bulkActionButtons={false} empty={<NoRows />} rowClick={(_id, _resource, record) => `/groups/${record.groupId}/show/interventions`}>
      <DataTable.Col source="groupId" disableSort>
        <ReferenceField source="groupId" reference="groups" link={false} />
      </DataTable.Col>
      <DataTable.Col source="ground" disableSort>
        <GroundField />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="openedAt">
        <LocalDateField source="openedAt" />
      </DataTable.Col>
      <DataTable.Col source="closedAt">
        <LocalDateField source="closedAt" emptyText="samverka.interventions.still_open" />
      </DataTable.Col>
      <DataTable.Col source="outcome" disableSort />
      <DataTable.Col label="" disableSort>
        <CloseInterventionButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
