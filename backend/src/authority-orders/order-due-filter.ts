import { ORDER_DUE_SOON_HOURS, type OrderDueFilter } from '@samverka/shared';

/** The list's `due` filter as SQL on the alias `o`: open orders only, by the database's clock. */
export const ORDER_DUE_CONDITIONS: Record<OrderDueFilter, string> = {
  soon: `o.state NOT IN ('done', 'refused') AND o.deadline >= now() AND o.deadline < now() + make_interval(hours => ${ORDER_DUE_SOON_HOURS})`,
  overdue: `o.state NOT IN ('done', 'refused') AND o.deadline < now()`,
};
