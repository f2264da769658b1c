import IosShareIcon from '@mui/icons-material/IosShare';
import { Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { fromStockholmInput } from './deadline-input';
import { StockholmTimeField } from './StockholmTimeField';
import { useOrderAction } from './use-order-action';

/**
 * The owner discloses exactly the data a confirmed information order names, once. When the order
 * says the people concerned must not be told yet, the date (Stockholm time) and the reason go with it: both or neither.
 */
export const DiscloseButton = ({ onDone }: { onDone: () => void }) => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const orderAction = useOrderAction(order, onDone);
  if (!order) return null;
  const secretUntil = fromStockholmInput(until);
  const trimmed = reason.trim();
  const secrecy = secretUntil !== '' || trimmed !== '';
  const complete = !secrecy || (secretUntil !== '' && trimmed.length >= 3);
  return (
    <ActionButton
      {...orderAction}
      action="disclosure"
      access="decide"
      messages="samverka.orders.disclose"
      body={secrecy ? { secretUntil, secrecyReason: trimmed } : {}}
      ready={complete}
      icon={<IosShareIcon />}
      testId="order-disclose"
    >
      <Stack spacing={2} sx={{ mt: 2 }}>
        <StockholmTimeField name="secretUntil" messages="samverka.orders.disclose.secret_until" value={until} onChange={setUntil} />
        <TextField
          name="secrecyReason"
          label={translate('samverka.orders.disclose.secrecy_reason')}
          helperText={translate(secrecy && !complete ? 'samverka.orders.disclose.secrecy_incomplete' : 'samverka.orders.disclose.secrecy_reason_help')}
          error={secrecy && !complete}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </Stack>
    </ActionButton>
  );
};
