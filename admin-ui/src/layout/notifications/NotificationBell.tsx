import { Badge, Box, IconButton, Tooltip } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
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
    // Named by its content, not an aria-label: the badge's number would then be text missing from the name (WCAG 2.5.3).
    <Tooltip title={label} describeChild>
      <IconButton color="inherit" onClick={() => navigate('/notifications')} data-testid="notification-bell" data-count={count}>
        <Box component="span" sx={visuallyHidden}>
          {label}
        </Box>
        {/* The count is in the name already; read once, not twice. */}
        <Badge badgeContent={count} color="error" slotProps={{ badge: { 'aria-hidden': true } }}>
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
