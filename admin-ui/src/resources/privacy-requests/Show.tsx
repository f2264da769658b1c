import { Box, List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { type PrivacyRequestRecord, SWEDISH_TIME_ZONE } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { dateLocaleOf } from '../../providers/i18n-provider';
import { RecordHistory } from '../audit-events';
import { DueField, RequestStatusField, RequestTypeField } from './fields';
import { CertificateButton } from './CertificateButton';
import { LiftRestrictionButton } from './LiftRestrictionButton';
import { RequestActions } from './RequestActions';

/**
 * What happened to the request, oldest first, from the request itself (received, extended,
 * closed); staff actions on it are also in the audit log below, with who did them.
 */
const RequestTimeline = () => {
  const record = useRecordContext<PrivacyRequestRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  const format = (iso: string) => new Date(iso).toLocaleString(dateLocaleOf(locale), { dateStyle: 'medium', timeStyle: 'short', timeZone: SWEDISH_TIME_ZONE });
  const formatDate = (iso: string) => new Date(iso).toLocaleDateString(dateLocaleOf(locale), { dateStyle: 'medium', timeZone: SWEDISH_TIME_ZONE });
  const entries: { at: string; text: string; testId: string }[] = [{ at: record.receivedAt, text: translate('samverka.privacy.requests.timeline_received'), testId: 'received' }];
  if (record.extendedDueAt) {
    entries.push({
      at: record.extendedDueAt,
      text: translate('samverka.privacy.requests.timeline_extended', { date: formatDate(record.extendedDueAt), reason: record.extensionReason ?? '' }),
      testId: 'extended',
    });
  }
  if (record.closedAt) {
    entries.push({ at: record.closedAt, text: translate('samverka.privacy.requests.timeline_closed', { note: record.closingNote ?? '' }), testId: 'closed' });
  }
  return (
    <Box data-testid="request-history" sx={{ width: '100%' }}>
      <Typography variant="subtitle1" sx={{ mt: 2 }}>
        {translate('samverka.privacy.requests.history')}
      </Typography>
      <MuiList dense>
        {entries.map((entry) => (
          <ListItem key={entry.testId} data-testid={`history-${entry.testId}`} disableGutters>
            <ListItemText primary={entry.text} secondary={entry.testId === 'extended' ? undefined : format(entry.at)} />
          </ListItem>
        ))}
      </MuiList>
      <Typography variant="subtitle2" sx={{ mt: 1 }}>
        {translate('samverka.privacy.requests.audit')}
      </Typography>
      <RecordHistory testId="request-audit" />
    </Box>
  );
};

/** One request: who, what, the deadline in force, how it was filed and closed, and its history. */
export const PrivacyRequestShow = () => (
  <Show<PrivacyRequestRecord>
    actions={
      <TopToolbar>
        <RequestActions />
        <LiftRestrictionButton />
        <CertificateButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <Labeled source="type">
        <RequestTypeField />
      </Labeled>
      <Labeled source="status">
        <RequestStatusField />
      </Labeled>
      <ReferenceField source="subjectId" reference="users" link="show">
        <TextField source="displayName" />
      </ReferenceField>
      <LocalDateField source="receivedAt" />
      <Labeled source="effectiveDueAt">
        <DueField />
      </Labeled>
      <LocalDateField source="dueAt" showTime={false} />
      <LocalDateField source="extendedDueAt" showTime={false} emptyText="—" />
      <TextField source="extensionReason" emptyText="—" />
      <TextField source="details" emptyText="—" />
      <ReferenceField source="filedBy" reference="users" link="show" emptyText="—">
        <TextField source="displayName" />
      </ReferenceField>
      <TextField source="identityCheck" emptyText="—" />
      <LocalDateField source="eraseAfter" emptyText="—" />
      <LocalDateField source="resultExpiresAt" emptyText="—" />
      <TextField source="closingNote" emptyText="—" />
      <LocalDateField source="closedAt" emptyText="—" />
      <TextField source="certificateSha256" emptyText="—" />
      <RequestTimeline />
    </SimpleShowLayout>
  </Show>
);
