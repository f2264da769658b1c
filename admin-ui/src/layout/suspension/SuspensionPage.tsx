import LogoutIcon from '@mui/icons-material/Logout';
import NotificationsIcon from '@mui/icons-material/Notifications';
import PrivacyTipIcon from '@mui/icons-material/PrivacyTip';
import { Button as MuiButton, Card, CardContent, Stack, Typography } from '@mui/material';
import { Title, useGetList, useLocaleState, useLogout, usePermissions, useTranslate } from 'react-admin';
import { type MeRecord, type NotificationRecord, readableDateTime } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import { STATEMENT_KIND } from '../notifications/notification-record';
import { StatementOfReasons } from '../notifications/StatementOfReasons';
import { NOTIFICATIONS } from '../notifications/use-unread-count';

/** Until when the account is suspended, as a sentence in the console's language. */
const Until = ({ me }: { me: MeRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const text = me.suspendedUntil
    ? translate('samverka.suspension.until', { date: readableDateTime(new Date(me.suspendedUntil), locale === 'en' ? 'en' : 'sv') })
    : translate('samverka.suspension.until_lifted');
  return (
    <Typography sx={{ fontWeight: 500 }} data-testid="suspended-until">
      {text}
    </Typography>
  );
};

/**
 * `#/suspension`: what a suspended account's restricted session shows instead of the console. Why
 * (each statement of reasons, with its rule and facts, appealed from here), until when, and what
 * is still open: the notifications, one's own data, signing out.
 */
export const SuspensionPage = () => {
  const translate = useTranslate();
  const logout = useLogout();
  const { permissions: me } = usePermissions<MeRecord | null>();
  // A suspended person's notifications are few; the statements among them are the decisions about them.
  const { data = [], isPending } = useGetList<NotificationRecord>(NOTIFICATIONS, { pagination: { page: 1, perPage: 100 }, sort: { field: 'createdAt', order: 'DESC' } });
  const statements = data.filter((notification) => notification.kind === STATEMENT_KIND);
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 760 }} data-testid="suspension-page">
      <Title title="samverka.suspension.title" />
      <Card variant="outlined">
        <CardContent>
          <Stack spacing={1}>
            {me && <Until me={me} />}
            <Typography>{translate('samverka.suspension.can_do')}</Typography>
          </Stack>
          <Stack direction="row" spacing={1} sx={{ mt: 2, flexWrap: 'wrap' }}>
            <MuiButton href="#/notifications" startIcon={<NotificationsIcon />} data-testid="suspension-notifications">
              {translate('samverka.flow.notifications.menu')}
            </MuiButton>
            <MuiButton href="#/my-data" startIcon={<PrivacyTipIcon />} data-testid="suspension-my-data">
              {translate('samverka.privacy.my_data.menu')}
            </MuiButton>
            <MuiButton onClick={() => void logout()} startIcon={<LogoutIcon />} data-testid="suspension-sign-out">
              {translate('ra.auth.logout')}
            </MuiButton>
          </Stack>
        </CardContent>
      </Card>
      <Card variant="outlined" data-testid="suspension-decisions">
        <CardContent>
          <Typography variant="h6" gutterBottom>
            {translate('samverka.suspension.decisions')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('samverka.suspension.decisions_intro')}
          </Typography>
          {!isPending && statements.length === 0 && <Typography color="text.secondary">{translate('samverka.suspension.no_decision')}</Typography>}
          <Stack spacing={3}>
            {statements.map((statement) => (
              <Stack key={statement.id} spacing={1} data-testid="suspension-statement">
                <Typography variant="subtitle1">
                  {translate(`samverka.flow.notifications.kind.${STATEMENT_KIND}`)}
                  {' · '}
                  <LocalDateField record={statement} source="createdAt" variant="subtitle1" />
                </Typography>
                <StatementOfReasons notification={statement} />
              </Stack>
            ))}
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
};
