import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';
import { dateLocaleOf } from '../../providers/i18n-provider';

/** Whether an erasure replaced a person in this event by their pseudonym, when, and under which request. */
export const PseudonymisedField = (_props: { label?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const mark = record.pseudonymised;
  const date = mark ? new Date(mark.at).toLocaleDateString(dateLocaleOf(locale)) : '';
  return (
    <Typography component="span" variant="body2">
      {!mark
        ? translate('samverka.audit.not_pseudonymised')
        : mark.erasureRequestId
          ? translate('samverka.audit.pseudonymised_by_request', { date, request: mark.erasureRequestId })
          : translate('samverka.audit.pseudonymised', { date })}
    </Typography>
  );
};
