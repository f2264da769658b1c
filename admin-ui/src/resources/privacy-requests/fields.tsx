import { Box, Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { type PrivacyRequestRecord, privacyRequestUrgency } from '@samverka/shared';
import { ChoiceChip } from '../../components/ChoiceChip';
import { LocalDateField } from '../../components/LocalDateField';

const STATUS_COLOURS: Record<string, ChipProps['color']> = {
  received: 'info',
  scheduled: 'warning',
  processing: 'info',
  completed: 'success',
  rejected: 'error',
  cancelled: 'default',
};

export const RequestStatusField = (_props: { label?: string; source?: string }) => <ChoiceChip source="status" prefix="samverka.privacy.request_status" colors={STATUS_COLOURS} variant="filled" />;

export const RequestTypeField = (_props: { label?: string; source?: string }) => <ChoiceChip source="type" prefix="samverka.privacy.request_type" />;

/**
 * The due date in force, with a chip when the request is overdue or due within a week
 * (`data-urgency` carries overdue/soon/ok/closed for tests).
 */
export const DueField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<PrivacyRequestRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const urgency = privacyRequestUrgency(record);
  return (
    <Box component="span" data-testid="request-due" data-urgency={urgency} sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
      <LocalDateField source="effectiveDueAt" showTime={false} sx={{ fontWeight: urgency === 'overdue' || urgency === 'soon' ? 600 : undefined }} />
      {urgency === 'overdue' && <Chip size="small" color="error" label={translate('samverka.privacy.due.overdue')} />}
      {urgency === 'soon' && <Chip size="small" color="warning" label={translate('samverka.privacy.due.soon')} />}
    </Box>
  );
};
