import { Typography } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEventRecord } from '@samverka/shared';

/** Who did it: a user, or the system when the event has no actor. */
export const ActorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.actorId) {
    return (
      <Typography component="span" variant="body2">
        {translate('samverka.audit.system_actor')}
      </Typography>
    );
  }
  return <ReferenceField source="actorId" reference="users" link="show" />;
};
