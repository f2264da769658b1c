import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { UserRecord } from '@samverka/shared';

/** The person's global roles as translated chips. */
export const RolesField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {record.roles.map((role) => (
        <Chip key={role} label={translate(`samverka.roles.${role}`)} size="small" data-role={role} />
      ))}
    </Stack>
  );
};
