import LockIcon from '@mui/icons-material/Lock';
import { Checkbox, FormControlLabel, FormGroup, Stack } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { ActionButton } from '../../components/ActionButton';
import { fromStockholmInput } from './deadline-input';
import { StockholmTimeField } from './StockholmTimeField';
import { useOrderAction } from './use-order-action';

/** A preservation order acted on: legal holds on the chosen items of its scope until a date (Stockholm time). */
export const PreserveButton = () => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const [chosen, setChosen] = useState<string[]>([]);
  const [until, setUntil] = useState('');
  const orderAction = useOrderAction(order, () => setChosen([]));
  if (!order?.scope || order.type !== 'preserve' || (order.state !== 'acknowledged' && order.state !== 'in_review')) return null;
  const holdUntil = fromStockholmInput(until);
  const keyOf = (item: { itemType: string; id: string }) => `${item.itemType}:${item.id}`;
  const items = order.scope.filter((item) => chosen.includes(keyOf(item)));
  const toggle = (key: string) => setChosen((current) => (current.includes(key) ? current.filter((other) => other !== key) : [...current, key]));
  return (
    <ActionButton
      {...orderAction}
      action="actions"
      access="decide"
      messages="samverka.orders.preserve"
      body={{ items, holdUntil }}
      ready={items.length > 0 && holdUntil !== ''}
      icon={<LockIcon />}
      testId="order-preserve"
    >
      <Stack spacing={2} sx={{ mt: 2 }}>
        <FormGroup>
          {order.scope.map((item) => (
            <FormControlLabel
              key={keyOf(item)}
              control={<Checkbox checked={chosen.includes(keyOf(item))} onChange={() => toggle(keyOf(item))} name={`item-${item.id}`} />}
              label={`${translate(`samverka.orders.item_type.${item.itemType}`)} ${item.id.slice(0, 8)}`}
            />
          ))}
        </FormGroup>
        <StockholmTimeField name="holdUntil" messages="samverka.orders.preserve.hold_until" value={until} onChange={setUntil} />
      </Stack>
    </ActionButton>
  );
};
