import BalanceIcon from '@mui/icons-material/Balance';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** Appeals against moderation decisions ("Överklaganden"), decided by a second moderator. */
export const appeals: ResourceProps = {
  name: 'appeals',
  list: lazyView(() => import('./List'), 'AppealList'),
  icon: BalanceIcon,
};
