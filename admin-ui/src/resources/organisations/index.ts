import CorporateFareIcon from '@mui/icons-material/CorporateFare';
import type { ResourceProps } from 'react-admin';
import { OrganisationList } from './List';
import { OrganisationShow } from './Show';

/** Organisations are created by applying and changed by their admins in the app: read-only here. */
export const organisations: ResourceProps = {
  name: 'organisations',
  list: OrganisationList,
  show: OrganisationShow,
  icon: CorporateFareIcon,
  recordRepresentation: 'name',
};
