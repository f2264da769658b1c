import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { UserStatus, type UserRecord } from '@samverka/shared';

const COLORS = {
  [UserStatus.Active]: 'success',
  [UserStatus.Suspended]: 'error',
  [UserStatus.Erased]: 'default',
} as const;

/** The account status as a translated, coloured chip. */
export const StatusField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip label={translate(`samverka.user_status.${record.status}`)} color={COLORS[record.status] ?? 'default'} size="small" variant="outlined" data-status={record.status} />;
};
