import { Box, Typography } from '@mui/material';
import { Labeled, Show, SimpleShowLayout, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { canMoveOn, DecideButtons } from './DecideButtons';
import { OrderCategoryField, OrderDeadlineField, OrderStateField, OrderTypeField } from './fields';
import { InformationOrderArea } from './InformationOrderArea';
import { OrderActionList } from './OrderActionList';
import { OrderDocuments } from './OrderDocuments';
import { OrderHistory } from './OrderHistory';
import { PreserveButton } from './PreserveButton';
import { ScopeItems } from './ScopeItems';

/**
 * The decisions area: the buttons the caller's rules and the order's state allow. An information
 * order's confirmation and disclosure have their own area (InformationOrderArea).
 */
const OrderActions = () => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'decide', resource: 'authority-orders', record: order ? { issuingOrganisationId: order.issuingOrganisationId, type: order.type } : undefined });
  // Right after filing, the cached record is the id alone until the order has loaded.
  if (!order?.state || !canAccess) return null;
  return (
    <Box data-testid="order-actions" sx={{ mt: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {translate('samverka.orders.show.actions')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mt: 1 }}>
        {canMoveOn(order) ? (
          <>
            <PreserveButton />
            <DecideButtons />
          </>
        ) : (
          <Typography variant="body2">{translate('samverka.orders.show.no_actions')}</Typography>
        )}
      </Box>
    </Box>
  );
};

/** One order: who sent it and why, what it names, its deadline and state, its history, and the decisions open to the caller. */
export const AuthorityOrderShow = () => (
  <Show<AuthorityOrderRecord> actions={false}>
    <SimpleShowLayout>
      <TextField source="reference" />
      <TextField source="authorityName" />
      <TextField source="authorityCountry" />
      <TextField source="legalBasis" />
      <Labeled source="type">
        <OrderTypeField />
      </Labeled>
      <Labeled source="category">
        <OrderCategoryField />
      </Labeled>
      <Labeled source="state">
        <OrderStateField />
      </Labeled>
      <Labeled source="deadline">
        <OrderDeadlineField />
      </Labeled>
      <Labeled source="scope">
        <ScopeItems />
      </Labeled>
      <TextField source="refusalReason" emptyText="—" />
      <LocalDateField source="createdAt" />
      <OrderHistory />
      <OrderActionList />
      <InformationOrderArea />
      <OrderDocuments />
      <OrderActions />
    </SimpleShowLayout>
  </Show>
);
