import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { UserCreate } from './Create';
import { UserEdit } from './Edit';
import { UserList } from './List';
import { UserShow } from './Show';

export { ReactivateButton } from './ReactivateButton';
export { SuspendButton } from './SuspendButton';

export const users: ResourceProps = {
  name: 'users',
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
