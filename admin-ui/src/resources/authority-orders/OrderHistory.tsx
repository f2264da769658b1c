import { List as MuiList, ListItem, ListItemText, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderRecord } from '@samverka/shared';
import { useLocalDate } from '../../components/use-local-date';

/** The order's steps from its own timestamps, oldest first; who took each is in the audit log. */
export const OrderHistory = (_props: { label?: string }) => {
  const order = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const date = useLocalDate();
  if (!order?.createdAt) return null;
  const entries: { key: string; text: string; at: string | null }[] = [{ key: 'received', text: translate('samverka.orders.show.history_received'), at: order.createdAt }];
  if (order.acknowledgedAt) entries.push({ key: 'acknowledged', text: translate('samverka.orders.show.history_acknowledged'), at: order.acknowledgedAt });
  if (order.doneAt) entries.push({ key: 'done', text: translate('samverka.orders.show.history_done'), at: order.doneAt });
  // The API keeps no time of refusal apart from the audit log; the reason is what the authority reads.
  if (order.state === 'refused') entries.push({ key: 'refused', text: translate('samverka.orders.show.history_refused', { reason: order.refusalReason ?? '' }), at: null });
  return (
    <div data-testid="order-history">
      <Typography variant="subtitle1">{translate('samverka.orders.show.history')}</Typography>
      <MuiList dense>
        {entries.map((entry) => (
          <ListItem key={entry.key} disableGutters data-testid={`order-history-${entry.key}`}>
            <ListItemText primary={entry.text} secondary={entry.at ? date(entry.at) : undefined} />
          </ListItem>
        ))}
      </MuiList>
    </div>
  );
};
