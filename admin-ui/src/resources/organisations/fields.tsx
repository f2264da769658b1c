import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { OrganisationRecord } from '@samverka/shared';

export const OrganisationTypeField = ({ source = 'type' }: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  return value ? <span>{translate(`samverka.verification.type.${String(value)}`, { _: String(value) })}</span> : null;
};

/** Verified now (an active, unexpired badge) or not, as a chip. */
export const VerifiedField = (_props: { label?: string }) => {
  const record = useRecordContext<OrganisationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.verified ? 'success' : 'default'}
      data-value={record.verified ? 'verified' : 'not_verified'}
      label={translate(record.verified ? 'samverka.organisations.verified' : 'samverka.organisations.not_verified')}
    />
  );
};
