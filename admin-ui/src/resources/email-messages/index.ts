import MailIcon from '@mui/icons-material/Mail';
import type { ResourceProps } from 'react-admin';
import { EmailMessageList, EmailMessageShow } from './List';

/** Read-only outbox for the platform owner. */
export const emailMessages: ResourceProps = {
  name: 'email-messages',
  list: EmailMessageList,
  show: EmailMessageShow,
  icon: MailIcon,
  recordRepresentation: 'subject',
};
