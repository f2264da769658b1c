import { List as MuiList, ListItem, Typography } from '@mui/material';
import { Link, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { AuthorityOrderActionRecord, AuthorityOrderRecord } from '@samverka/shared';
import { useLocalDate } from '../../components/use-local-date';
import { PersonName } from '../moderation-cases';

/** One thing done on the order: its kind, the item, when and by whom; the hold linked when the reader may open it. */
const ActionLine = ({ action }: { action: AuthorityOrderActionRecord }) => {
  const translate = useTranslate();
  const date = useLocalDate();
  const { canAccess } = useCanAccess({ action: 'show', resource: 'legal-holds' });
  const kind = translate(`samverka.orders.action_kind.${action.kind}`);
  return (
    <ListItem disableGutters data-testid="order-action" data-kind={action.kind}>
      <Typography variant="body2">
        {action.legalHoldId && canAccess ? <Link to={`/legal-holds/${action.legalHoldId}/show`}>{kind}</Link> : kind}
        {' · '}
        {translate(`samverka.orders.item_type.${action.targetType}`)} {action.targetId.slice(0, 8)}
        {' · '}
        {date(action.at)} <PersonName id={action.by} />
      </Typography>
    </ListItem>
  );
};

/** What was done on the order (the API's `actions` on the order's own record). */
export const OrderActionList = () => {
  const order = useRecordContext<AuthorityOrderRecord & { actions?: AuthorityOrderActionRecord[] }>();
  const translate = useTranslate();
  if (!order?.actions) return null;
  return (
    <div data-testid="order-done-actions">
      <Typography variant="subtitle1" component="h2">
        {translate('samverka.orders.show.done_actions')}
      </Typography>
      {order.actions.length ? (
        <MuiList dense>
          {order.actions.map((action) => (
            <ActionLine key={action.id} action={action} />
          ))}
        </MuiList>
      ) : (
        <Typography variant="body2">{translate('samverka.orders.show.no_done_actions')}</Typography>
      )}
    </div>
  );
};
