import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';

const show = (value: unknown, empty: string): string => {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return JSON.stringify(value);
};

/** The before/after values the audit event recorded, one row per changed field. */
export const ChangesTable = (_props: { label?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const changes = Object.entries(record?.changes ?? {});
  if (changes.length === 0) {
    return <Typography variant="body2">{translate('samverka.audit.changes.none')}</Typography>;
  }
  const empty = translate('samverka.audit.empty_value');
  return (
    <Table size="small" data-testid="audit-changes" sx={{ maxWidth: 800 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('samverka.audit.changes.field')}</TableCell>
          <TableCell>{translate('samverka.audit.changes.before')}</TableCell>
          <TableCell>{translate('samverka.audit.changes.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map(([field, change]) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {field}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(change?.before, empty)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(change?.after, empty)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
