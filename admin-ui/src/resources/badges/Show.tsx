import { Box, Typography } from '@mui/material';
import { BooleanField, ChipField, Labeled, ReferenceArrayField, SingleFieldList, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import type { BadgeRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { RecordHistory } from '../audit-events';
import { BadgeActions } from './BadgeActions';
import { BadgeQrButton } from './BadgeQrButton';
import { BadgeKindField, BadgeStatusField } from './fields';

/** The status changes and issue of one badge, newest first, from the audit log. */
export const BadgeHistory = () => {
  const translate = useTranslate();
  return (
    <Box data-testid="badge-history" sx={{ width: '100%' }}>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('samverka.badges.history')}
      </Typography>
      <RecordHistory />
    </Box>
  );
};

/**
 * What a badge verifies, by whom, until when, its status with the reason, and its history. The
 * reviewers and the history are staff's: an organisation's admin, who reads the badge to print
 * its QR code, sees neither.
 */
export const BadgeShow = () => {
  const reviewers = useCanAccess({ action: 'list', resource: 'users' });
  const history = useCanAccess({ action: 'list', resource: 'audit-events' });
  return (
    <Show<BadgeRecord>
      actions={
        <TopToolbar>
          <BadgeQrButton />
          <BadgeActions />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="code" />
        <Labeled source="kind">
          <BadgeKindField />
        </Labeled>
        <ReferenceField source="organisationId" reference="organisations" link="show">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="organisationNumber" />
        <TextField source="holderName" emptyText="—" />
        <TextField source="title" emptyText="—" />
        <Labeled source="status">
          <BadgeStatusField />
        </Labeled>
        <TextField source="statusReason" emptyText="—" />
        <LocalDateField source="statusChangedAt" emptyText="—" />
        <BooleanField source="valid" />
        <LocalDateField source="issuedAt" />
        <LocalDateField source="validUntil" showTime={false} emptyText="—" />
        {/* The reviewers by name (those the caller may see), not their ids. */}
        {reviewers.canAccess && (
          <ReferenceArrayField source="approvedBy" reference="users" emptyText="—">
            <SingleFieldList linkType="show">
              <ChipField source="displayName" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
        )}
        {history.canAccess && <BadgeHistory />}
      </SimpleShowLayout>
    </Show>
  );
};
