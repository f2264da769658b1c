import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { VerificationApplicationRecord } from '@samverka/shared';

export const ApplicationStatusField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" data-testid="application-status" label={translate(`samverka.verification.status.${record.status}`)} />;
};

/** Working days waited against the target: red once the target has passed. */
export const AgeField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.overdue ? 'error' : 'default'}
      label={translate('samverka.verification.age', { days: record.ageWorkingDays, target: record.targetWorkingDays })}
    />
  );
};

export const TypeField = () => {
  const record = useRecordContext<VerificationApplicationRecord>();
  const translate = useTranslate();
  return record ? <span>{translate(`samverka.verification.type.${record.organisationType}`)}</span> : null;
};
