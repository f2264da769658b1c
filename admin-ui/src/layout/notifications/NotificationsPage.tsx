import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Button, Title, useDataProvider, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { NotificationRecord } from '@samverka/shared';
import { LocalDateField } from '../../components/LocalDateField';
import type { SamverkaDataProvider } from '../../providers/data-provider';
import { API_URL, apiFetch } from '../../providers/http-client';
import { STATEMENT_KIND } from './notification-record';
import { StatementOfReasons } from './StatementOfReasons';
import { NOTIFICATIONS } from './use-unread-count';

const KNOWN_KINDS = [
  'moderation.statement',
  'moderation.notice_outcome',
  'moderation.notice_received',
  'moderation.appeal_received',
  'moderation.appeal_decided',
  'moderation.case_assigned',
  'content.removed',
  'content.hidden',
  'content.visible',
  'organisation_message.answered',
];

/** What one notification says, by its kind: a statement of reasons can be appealed from here. */
const NotificationBody = ({ notification }: { notification: NotificationRecord }) => {
  const translate = useTranslate();
  if (notification.kind === STATEMENT_KIND) return <StatementOfReasons notification={notification} />;
  const p = notification.payload;
  const outcome = typeof p.outcome === 'string' ? translate(`samverka.flow.notifications.outcome.${p.outcome}`, { _: p.outcome }) : null;
  return (
    <Stack>
      {outcome && <Typography variant="body2">{outcome}</Typography>}
      {typeof p.statement === 'string' && <Typography variant="body2">{p.statement}</Typography>}
      {typeof p.rule === 'string' && <Typography variant="body2">{translate('samverka.flow.notifications.rule', { rule: translate(`samverka.moderation.rule.${p.rule}`, { _: p.rule }) })}</Typography>}
      {typeof p.reason === 'string' && <Typography variant="body2">{translate('samverka.flow.notifications.reason', { reason: p.reason })}</Typography>}
      {/* An organisation's answer to a tip: which tip, and the answer in the member's own words. */}
      {typeof p.tip === 'string' && (
        <Typography variant="body2" color="text.secondary">
          {translate('samverka.flow.notifications.your_tip', { tip: p.tip })}
        </Typography>
      )}
      {typeof p.answer === 'string' && (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }} data-testid="notification-answer">
          {translate('samverka.flow.notifications.answer', { answer: p.answer })}
        </Typography>
      )}
    </Stack>
  );
};

/** Every signed-in person's notifications: statements of reasons, outcomes of reports, appeals. */
export const NotificationsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<SamverkaDataProvider>();
  const { data = [], isPending } = useGetList<NotificationRecord>(NOTIFICATIONS, { pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'DESC' } });
  const markRead = async (id: string) => {
    await dataProvider.act(NOTIFICATIONS, id, 'read');
    refresh();
  };
  const readAll = async () => {
    await apiFetch(`${API_URL}/${NOTIFICATIONS}/read-all`, { method: 'POST', body: '{}' });
    notify('samverka.flow.notifications.read_all_done', { type: 'success' });
    refresh();
  };
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 760 }} data-testid="notifications-page">
      <Title title="samverka.flow.notifications.title" />
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button label="samverka.flow.notifications.read_all" onClick={() => void readAll()} disabled={!data.some((n) => !n.readAt)} data-testid="notifications-read-all" />
      </Stack>
      {!isPending && data.length === 0 && <Typography color="text.secondary">{translate('samverka.flow.notifications.empty')}</Typography>}
      {data.map((notification) => (
        <Card key={notification.id} variant="outlined" data-testid="notification" data-kind={notification.kind} data-read={notification.readAt ? 'true' : 'false'}>
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>
                {translate(`samverka.flow.notifications.kind.${KNOWN_KINDS.includes(notification.kind) ? notification.kind : 'other'}`)}
              </Typography>
              {!notification.readAt && <Chip size="small" color="primary" label={translate('samverka.flow.notifications.unread')} />}
              <Typography variant="caption" color="text.secondary">
                <LocalDateField record={notification} source="createdAt" variant="caption" />
              </Typography>
            </Stack>
            <NotificationBody notification={notification} />
            {!notification.readAt && <Button label="samverka.flow.notifications.mark_read" onClick={() => void markRead(notification.id)} data-testid="notification-mark-read" sx={{ mt: 1 }} />}
          </CardContent>
        </Card>
      ))}
    </Stack>
  );
};
