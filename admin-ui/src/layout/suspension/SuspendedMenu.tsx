import BlockIcon from '@mui/icons-material/Block';
import NotificationsIcon from '@mui/icons-material/Notifications';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import { Menu } from 'react-admin';
import { SUSPENSION_PATH } from './restricted-session';

/** The whole menu of a restricted session: the suspension, the notifications, one's own data (sign-out is in the user menu). */
export const SuspendedMenu = () => (
  <Menu>
    <Menu.Item to={SUSPENSION_PATH} primaryText="samverka.suspension.menu" leftIcon={<BlockIcon />} />
    <Menu.Item to="/notifications" primaryText="samverka.flow.notifications.menu" leftIcon={<NotificationsIcon />} />
    <Menu.Item to="/my-data" primaryText="samverka.privacy.my_data.menu" leftIcon={<PrivacyTipIcon />} />
  </Menu>
);
