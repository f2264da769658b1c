import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { type AuditEventRecord, RESOURCE_SUBJECTS } from '@samverka/shared';

/** The console resource whose records are of a subject type (the first, where several are). */
const resourceOf = (subjectType: string): string | undefined => Object.entries(RESOURCE_SUBJECTS).find(([, subject]) => subject === subjectType)?.[0];

/**
 * What the event is about, by name and linked, when the console has a page for that kind of
 * record; a record the caller may not read (or one erased since) says so instead of showing its id.
 */
export const SubjectRecordField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record?.subjectId) return <TextField source="subjectId" emptyText="-" />;
  const resource = record.subjectType ? resourceOf(record.subjectType) : undefined;
  if (!resource) return <>{translate('samverka.audit.unknown_record')}</>;
  return <ReferenceField source="subjectId" reference={resource} link="show" emptyText={translate('samverka.audit.unknown_record')} />;
};
