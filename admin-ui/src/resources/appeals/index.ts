import BalanceIcon from '@mui/icons-material/Balance';
import type { ResourceProps } from 'react-admin';
import { AppealList } from './List';

/** Appeals against moderation decisions ("Överklaganden"), decided by a second moderator. */
export const appeals: ResourceProps = {
  name: 'appeals',
  list: AppealList,
  icon: BalanceIcon,
};
