import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { ActionField } from './ActionField';
import { ActorField } from './ActorField';
import { ChangesTable } from './ChangesTable';
import { PseudonymisedField } from './PseudonymisedField';
import { RequestIdField } from './RequestIdField';
import { SubjectRecordField } from './SubjectRecordField';
import { SubjectTypeField } from './SubjectTypeField';

/** One audit event; read-only, so the page has no actions. */
export const AuditEventShow = () => (
  <Show<AuditEventRecord> actions={false}>
    <SimpleShowLayout>
      <LocalDateField source="occurredAt" />
      <ActionField source="action" />
      <ActorField source="actorId" />
      <SubjectTypeField source="subjectType" />
      <SubjectRecordField source="subjectId" />
      <ReferenceField source="municipalityId" reference="municipalities" link="show" emptyText="-" />
      <TextField source="reason" emptyText="-" />
      <ChangesTable label="resources.audit-events.fields.changes" />
      <RequestIdField source="requestId" />
      <PseudonymisedField label="resources.audit-events.fields.pseudonymised" />
    </SimpleShowLayout>
  </Show>
);
