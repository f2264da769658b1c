import { Badge, IconButton, Tooltip } from '@mui/material';
import NotificationsIcon from '@mui/icons-material/Notifications';
import { useNavigate, useTranslate } from 'react-admin';
import { useUnreadCount } from './use-unread-count';

/** In the app bar for everyone signed in: the unread count, and the way to the notifications page. */
export const NotificationBell = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const count = useUnreadCount();
  const label = translate('samverka.flow.notifications.bell', { count });
  return (
    <Tooltip title={label}>
      <IconButton color="inherit" aria-label={label} onClick={() => navigate('/notifications')} data-testid="notification-bell" data-count={count}>
        {/* The count is in the button's name already; read once, not twice. */}
        <Badge badgeContent={count} color="error" slotProps={{ badge: { 'aria-hidden': true } }}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
