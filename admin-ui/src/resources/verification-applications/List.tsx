import { DataTable, FilterButton, FunctionField, List, TopToolbar } from 'react-admin';
import type { VerificationApplicationRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { applicationFilters } from './filters';
import { AgeField, ApplicationStatusField, TypeField } from './StatusField';

/** The review queue, oldest first: the order people have waited in. */
export const ApplicationList = () => (
  <List<VerificationApplicationRecord>
    filters={applicationFilters}
    filterDefaultValues={{ open: true }}
    sort={{ field: 'createdAt', order: 'ASC' }}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
  >
    <DataTable<VerificationApplicationRecord> rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="organisationName" />
      <DataTable.Col source="organisationType" disableSort>
        <TypeField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <ApplicationStatusField />
      </DataTable.Col>
      <DataTable.Col source="approvals" disableSort>
        <FunctionField<VerificationApplicationRecord> render={(record) => `${record.approvals}/${record.requiredApprovals}`} />
      </DataTable.Col>
      <DataTable.Col source="ageWorkingDays" disableSort>
        <AgeField />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <LocalDateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
