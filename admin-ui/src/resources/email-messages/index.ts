import MailIcon from '@mui/icons-material/Mail';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

/** Read-only outbox for the platform owner. */
export const emailMessages: ResourceProps = {
  name: 'email-messages',
  list: lazyView(() => import('./List'), 'EmailMessageList'),
  show: lazyView(() => import('./List'), 'EmailMessageShow'),
  icon: MailIcon,
  recordRepresentation: 'subject',
};
