import GavelIcon from '@mui/icons-material/Gavel';
import { createElement } from 'react';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';
import { OrderReference } from './OrderReference';

export { OpenOrdersCard } from './OpenOrdersCard';

/**
 * Orders from authorities ("Myndighetsbeslut"): a list by deadline, a show page with the decisions
 * the caller may take, and a form to file one. Which of them a person sees comes from the rules.
 */
export const authorityOrders: ResourceProps = {
  name: 'authority-orders',
  list: lazyView(() => import('./List'), 'AuthorityOrderList'),
  show: lazyView(() => import('./Show'), 'AuthorityOrderShow'),
  create: lazyView(() => import('./Create'), 'AuthorityOrderCreate'),
  icon: GavelIcon,
  // Breadcrumbs and the audit log name an order by its reference.
  recordRepresentation: createElement(OrderReference),
};
