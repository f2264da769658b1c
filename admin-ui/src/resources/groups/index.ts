import GroupsIcon from '@mui/icons-material/Groups';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

export const groups: ResourceProps = {
  name: 'groups',
  list: lazyView(() => import('./List'), 'GroupList'),
  show: lazyView(() => import('./Show'), 'GroupShow'),
  edit: lazyView(() => import('./Edit'), 'GroupEdit'),
  create: lazyView(() => import('./Create'), 'GroupCreate'),
  icon: GroupsIcon,
  recordRepresentation: 'name',
};

/**
 * A group's members, requests, bans and invitation links are handled on the group's page; they
 * are registered (for labels and references) without pages of their own, so not in the menu.
 */
export const groupAdministration: ResourceProps[] = [
  { name: 'group-members', recordRepresentation: 'displayName' },
  { name: 'group-join-requests', recordRepresentation: 'displayName' },
  { name: 'group-invitations' },
  { name: 'group-bans', recordRepresentation: 'displayName' },
];
