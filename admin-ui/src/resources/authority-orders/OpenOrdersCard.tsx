import GavelIcon from '@mui/icons-material/Gavel';
import { Button as MuiButton, Card, CardContent, Link, List, ListItem, Typography } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { useLocalDate } from '../../components/use-local-date';
import { orderUrgency } from './order-urgency';
import { useOpenOrders } from './use-open-orders';

/** The start page's short section for a police officer: her organisation's open orders and the way to them. */
export const OpenOrdersCard = () => {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'authority-orders' });
  return canAccess ? <OpenOrders /> : null;
};

const OpenOrders = () => {
  const translate = useTranslate();
  const date = useLocalDate();
  const { orders, total, isPending } = useOpenOrders();
  return (
    <Card data-testid="open-orders-card" data-count={total ?? ''}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('samverka.orders.start.title')}
        </Typography>
        {!isPending && (
          <Typography sx={{ mb: 1 }} data-testid="open-orders-count">
            {total ? translate('samverka.orders.start.open_count', { smart_count: total }) : translate('samverka.orders.start.none_open')}
          </Typography>
        )}
        {orders.length > 0 && (
          <List dense>
            {orders.map((order) => {
              const urgency = orderUrgency(order);
              return (
                <ListItem key={order.id} disableGutters sx={{ display: 'block' }}>
                  <Link href={`#/authority-orders/${order.id}/show`} data-testid="open-order-link">
                    {order.reference}
                  </Link>
                  <Typography variant="caption" color="text.secondary" component="p">
                    {translate(`samverka.orders.type.${order.type}`)} · {translate(`samverka.orders.state.${order.state}`)} · {translate('samverka.orders.start.due', { date: date(order.deadline) })}
                    {(urgency === 'overdue' || urgency === 'soon') && ` · ${translate(`samverka.orders.due.${urgency}`)}`}
                  </Typography>
                </ListItem>
              );
            })}
          </List>
        )}
        <MuiButton variant="contained" href="#/authority-orders" startIcon={<GavelIcon />} data-testid="open-orders">
          {translate('samverka.orders.start.open_list')}
        </MuiButton>
      </CardContent>
    </Card>
  );
};
