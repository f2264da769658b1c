import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';
import { auditActionKey } from './choices';

/** The audited action in words, as plain text (used in page titles); unknown codes show as-is. */
export const ActionText = () => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(auditActionKey(record.action), { _: record.action })}</>;
};

export const ActionField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" data-action={record.action}>
      <ActionText />
    </Typography>
  );
};
