import { Typography } from '@mui/material';
import { DataTable, FilterButton, List, ReferenceField, TopToolbar, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { ActionField } from './ActionField';
import { ActorField } from './ActorField';
import { ChangesTable } from './ChangesTable';
import { auditEventFilters } from './filters';
import { SubjectTypeField } from './SubjectTypeField';

const NoEvents = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" sx={{ p: 2 }}>
      {translate('samverka.audit.no_events')}
    </Typography>
  );
};

const hasChanges = (record: AuditEventRecord) => Object.keys(record.changes ?? {}).length > 0;

/** The append-only audit log, newest first; rows with changes expand to a before/after table. */
export const AuditEventList = () => (
  <List<AuditEventRecord>
    filters={auditEventFilters}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    empty={false}
    actions={
      <TopToolbar>
        <FilterButton />
      </TopToolbar>
    }
  >
    <DataTable<AuditEventRecord> rowClick="show" bulkActionButtons={false} expand={<ChangesTable />} isRowExpandable={hasChanges} empty={<NoEvents />}>
      <DataTable.Col source="occurredAt">
        <LocalDateField source="occurredAt" />
      </DataTable.Col>
      <DataTable.Col source="action">
        <ActionField />
      </DataTable.Col>
      <DataTable.Col source="actorId" disableSort>
        <ActorField />
      </DataTable.Col>
      <DataTable.Col source="subjectType">
        <SubjectTypeField />
      </DataTable.Col>
      <DataTable.Col source="municipalityId" disableSort>
        <ReferenceField source="municipalityId" reference="municipalities" link="show" emptyText="-" />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort />
    </DataTable>
  </List>
);
