import type { ReactElement } from 'react';
import type { AuditEventRecord } from '@samverka/shared';
import { DataTable, Pagination, type RaRecord, ReferenceManyField, TextField } from 'react-admin';
import { EmptyNote } from '../../components/EmptyNote';
import { LocalDateField } from '../../components/LocalDateField';
import { ActionField } from './ActionField';
import { ActorField } from './ActorField';

/**
 * Audit events as a record's history: when, what, who and why, in the list context around it
 * (the audit log's, or another route's such as a post's history). A row opens the event's page
 * when `openEvents`.
 */
export const HistoryTable = ({ openEvents = true, empty, testId }: { openEvents?: boolean; empty: ReactElement; testId?: string }) => (
  <DataTable<AuditEventRecord> bulkActionButtons={false} rowClick={openEvents ? 'show' : false} empty={empty} data-testid={testId}>
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
);

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
    <HistoryTable empty={<EmptyNote message="samverka.audit.no_events" />} testId={testId} />
  </ReferenceManyField>
);
