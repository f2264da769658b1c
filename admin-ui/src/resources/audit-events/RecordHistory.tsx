import type { AuditEventRecord } from '@samverka/shared';
import { DataTable, Pagination, type RaRecord, ReferenceManyField, TextField } from 'react-admin';
import { EmptyNote } from '../../components/EmptyNote';
import { LocalDateField } from '../../components/LocalDateField';
import { ActionField } from './ActionField';
import { ActorField } from './ActorField';

/**
 * A record's history from the audit log, newest first, on its own page. `relatedTo` also shows
 * events about what belongs to the record (a group's members, requests and bans).
 */
export const RecordHistory = ({ target = 'subjectId', testId }: { target?: 'subjectId' | 'relatedTo'; testId?: string }) => (
  <ReferenceManyField<RaRecord, AuditEventRecord>
    reference="audit-events"
    target={target}
    sort={{ field: 'occurredAt', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
  >
    <DataTable<AuditEventRecord> bulkActionButtons={false} rowClick="show" empty={<EmptyNote message="samverka.audit.no_events" />} data-testid={testId}>
      <DataTable.Col source="occurredAt">
        <LocalDateField source="occurredAt" />
      </DataTable.Col>
      <DataTable.Col source="action">
        <ActionField />
      </DataTable.Col>
      <DataTable.Col source="actorId" disableSort>
        <ActorField />
      </DataTable.Col>
      <DataTable.Col source="reason" disableSort>
        <TextField source="reason" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
