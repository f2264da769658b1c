import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** Organisations are created by applying and changed by their admins in the app: read-only here. */
export const organisations: ResourceProps = {
  name: 'organisations',
  list: lazyView(() => import('./List'), 'OrganisationList'),
  show: lazyView(() => import('./Show'), 'OrganisationShow'),
  icon: CorporateFareIcon,
  recordRepresentation: 'name',
};
