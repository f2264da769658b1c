import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Button } from '@mui/material';
import type { AuditEventRecord } from '@samverka/shared';
import { useNotify, useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/**
 * The id of the HTTP request that wrote the event: it ties the row to the server's log lines, and
 * means nothing to a person reading the page, so it is copied rather than shown.
 */
export const RequestIdField = (_props: FieldProps<AuditEventRecord>) => {
  const event = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  if (!event?.requestId) return <span>-</span>;
  const requestId = event.requestId;
  const copy = () => {
    navigator.clipboard.writeText(requestId).then(
      () => notify('samverka.audit.request_id_copied', { type: 'info' }),
      () => notify('samverka.audit.request_id_not_copied', { type: 'warning' }),
    );
  };
  return (
    <Button size="small" startIcon={<ContentCopyIcon />} onClick={copy} title={requestId} data-testid="copy-request-id">
      {translate('samverka.audit.copy_request_id')}
    </Button>
  );
};
