import { Box, Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { ChoiceChip } from '../../components/ChoiceChip';
import { LocalDateField } from '../../components/LocalDateField';
import { orderUrgency } from './order-urgency';

const STATE_COLOURS: Record<string, ChipProps['color']> = { received: 'info', acknowledged: 'info', in_review: 'warning', done: 'success', refused: 'default' };

export const OrderStateField = (_props: { label?: string; source?: string }) => (
  <Box component="span" data-testid="order-state">
    <ChoiceChip source="state" prefix="samverka.orders.state" colors={STATE_COLOURS} variant="filled" />
  </Box>
);

export const OrderTypeField = (_props: { label?: string; source?: string }) => (
  <Box component="span" data-testid="order-type">
    <ChoiceChip source="type" prefix="samverka.orders.type" />
  </Box>
);

export const OrderCategoryField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  return record ? <span data-value={record.category}>{translate(`samverka.orders.category.${record.category}`, { _: record.category })}</span> : null;
};

/**
 * The deadline, with "Overdue" or "Due soon" (within 48 hours) in words beside it, never in colour
 * alone (`data-urgency` carries overdue/soon/ok/closed, and `data-order-id` the order, for tests).
 */
export const OrderDeadlineField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const urgency = orderUrgency(record);
  const open = urgency === 'overdue' || urgency === 'soon';
  return (
    <Box component="span" data-testid="order-deadline" data-order-id={record.id} data-urgency={urgency} sx={{ display: 'inline-flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      <LocalDateField source="deadline" sx={{ fontWeight: open ? 600 : undefined }} />
      {open && <Chip size="small" color={urgency === 'overdue' ? 'error' : 'warning'} label={translate(`samverka.orders.due.${urgency}`)} data-testid="order-urgency" />}
    </Box>
  );
};
