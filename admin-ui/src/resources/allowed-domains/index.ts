import AlternateEmailIcon from '@mui/icons-material/AlternateEmail';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** The platform owner's allow-list of official e-mail domains; removal is an action with a reason. */
export const allowedDomains: ResourceProps = {
  name: 'allowed-domains',
  list: lazyView(() => import('./List'), 'AllowedDomainList'),
  create: lazyView(() => import('./Create'), 'AllowedDomainCreate'),
  icon: AlternateEmailIcon,
  recordRepresentation: 'domain',
};
