import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnread';
import type { ResourceProps } from 'react-admin';
import { lazyView } from '../../components/lazy-view';

export { TipsMenuItem } from './TipsMenuItem';
export { useOpenTips } from './use-open-tips';

/**
 * Tips residents send to an organisation ("Inkomna tips"), for its members. Only a list:
 * `#/organisation-messages/:id` falls through to it and opens the tip in the drawer beside it.
 */
export const organisationMessages: ResourceProps = {
  name: 'organisation-messages',
  list: lazyView(() => import('./List'), 'TipInbox'),
  icon: MarkEmailUnreadIcon,
};
