import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';

export const SubjectTypeField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record?.subjectType) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`samverka.subjects.${record.subjectType}`, { _: record.subjectType })}
    </Typography>
  );
};
