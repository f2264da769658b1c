import { List as MuiList, ListItem, Typography } from '@mui/material';
import { Link, useCanAccess, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { type AuthorityOrderRecord, isStaff, type MeRecord, type OrderItemType, type OrderScopeItem } from '@samverka/shared';

/** The console page of each kind of named item; a group message has none of its own. */
const ITEM_RESOURCES: Readonly<Record<OrderItemType, string | null>> = { post: 'posts', group: 'groups', account: 'users', group_message: null };

/**
 * An id as people compare it: its first block, the whole id in the tooltip and for copying. A
 * whole UUID on a page reads as a raw value; the first eight digits are what is read aloud.
 */
const shortId = (id: string) => id.slice(0, 8);

/** A link to the item's page, when the reader's rules let them open it; otherwise its text alone. */
const LinkedItem = ({ resource, id, text }: { resource: string; id: string; text: string }) => {
  const { canAccess } = useCanAccess({ action: 'show', resource, record: { id } });
  return canAccess ? (
    <Link to={`/${resource}/${id}/show`} data-testid="order-scope-link">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
};

/** One named item: its kind and id, a link to its page for staff. */
const ScopeItem = ({ item, staff }: { item: OrderScopeItem; staff: boolean }) => {
  const translate = useTranslate();
  const resource = ITEM_RESOURCES[item.itemType];
  const text = `${translate(`samverka.orders.item_type.${item.itemType}`)} ${shortId(item.id)}`;
  return (
    <ListItem disableGutters data-testid="order-scope-item" data-item-type={item.itemType} data-item-id={item.id} title={item.id}>
      {staff && resource ? <LinkedItem resource={resource} id={item.id} text={text} /> : <span>{text}</span>}
    </ListItem>
  );
};

/**
 * What the order names, one line per item. Staff who may open the item get a link to its page;
 * the police see the ids they filed, nothing about the items themselves.
 */
export const ScopeItems = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<AuthorityOrderRecord>();
  const translate = useTranslate();
  const { permissions } = usePermissions<MeRecord | null>();
  // Right after filing, the record in the cache is the answer's id alone until the page loads the order.
  if (!record?.scope) return null;
  const staff = Boolean(permissions && isStaff(permissions.roles));
  return (
    <div>
      <Typography variant="caption" color="text.secondary">
        {translate('samverka.orders.show.scope_help')}
      </Typography>
      <MuiList dense data-testid="order-scope">
        {record.scope.map((item) => (
          <ScopeItem key={`${item.itemType}:${item.id}`} item={item} staff={staff} />
        ))}
      </MuiList>
    </div>
  );
};
