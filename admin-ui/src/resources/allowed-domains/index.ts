import AlternateEmailIcon from '@mui/icons-material/AlternateEmail';
import type { ResourceProps } from 'react-admin';
import { AllowedDomainCreate } from './Create';
import { AllowedDomainList } from './List';

/** The platform owner's allow-list of official e-mail domains; removal is an action with a reason. */
export const allowedDomains: ResourceProps = {
  name: 'allowed-domains',
  list: AllowedDomainList,
  create: AllowedDomainCreate,
  icon: AlternateEmailIcon,
  recordRepresentation: 'domain',
};
