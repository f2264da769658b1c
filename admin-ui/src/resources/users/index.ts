import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

export { ReactivateButton } from './ReactivateButton';
export { SuspendButton } from './SuspendButton';

export const users: ResourceProps = {
  name: 'users',
  list: lazyView(() => import('./List'), 'UserList'),
  show: lazyView(() => import('./Show'), 'UserShow'),
  edit: lazyView(() => import('./Edit'), 'UserEdit'),
  create: lazyView(() => import('./Create'), 'UserCreate'),
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
