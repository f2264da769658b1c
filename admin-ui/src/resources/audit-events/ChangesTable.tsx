import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';
import { ChangeValue } from './ChangeValue';

/** The before/after values the audit event recorded, one row per changed field. */
export const ChangesTable = (_props: { label?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const changes = Object.entries(record?.changes ?? {});
  if (changes.length === 0) {
    return <Typography variant="body2">{translate('samverka.audit.changes.none')}</Typography>;
  }
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
              {translate(`samverka.audit.fields.${field}`, { _: field })}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              <ChangeValue field={field} value={change?.before} />
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              <ChangeValue field={field} value={change?.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
