import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';
import { auditActionKey } from './choices';

/** The audited action in words; an action this console does not know yet shows its code. */
export const ActionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <span data-action={record.action}>{translate(auditActionKey(record.action), { _: record.action })}</span>;
};
