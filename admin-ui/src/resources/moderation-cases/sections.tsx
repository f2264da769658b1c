import type { ReactNode } from 'react';
import { Box, Chip, Link, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useCanAccess, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type { MeRecord, NoticeRecord } from '@samverka/shared';
import { canAccessWith } from '../../providers/access';
import { dateLocaleOf } from '../../providers/i18n-provider';
import { PersonName, RuleChips } from './fields';
import type { CaseDetail } from './types';

/** Dates in the console's language, short: the drawer is narrow. */
export function useFormatDate(): (iso: string | null | undefined) => string {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(dateLocaleOf(locale), { dateStyle: 'short', timeStyle: 'short' });
  return (iso) => (iso ? format.format(new Date(iso)) : '—');
}

export const Section = ({ title, testId, children }: { title: string; testId: string; children: ReactNode }) => (
  <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
    <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1, borderBottom: 1, borderColor: 'divider' }}>
      {title}
    </Typography>
    {children}
  </Box>
);

const Empty = ({ text }: { text: string }) => (
  <Typography variant="body2" color="text.secondary">
    {text}
  </Typography>
);

/** The author, linked to their account for those who may look people up. */
const AuthorLine = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'show', resource: 'users' });
  if (!record.authorId) return null;
  const name = <PersonName id={record.authorId} />;
  return (
    <Typography variant="body2" sx={{ mb: 1 }}>
      {translate('samverka.moderation.detail.author')}: {canAccess ? <Link href={`#/users/${record.authorId}/show`}>{name}</Link> : name}
    </Typography>
  );
};

/** A reported post's own page (its image, place, reports and history), for those who may open it. */
const OpenPostLink = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<MeRecord | null>();
  if (record.itemType !== 'post' || !permissions || !canAccessWith(permissions, { action: 'show', resource: 'posts', record: { groupId: record.groupId } })) return null;
  return (
    <Typography variant="body2" sx={{ mb: 1 }}>
      <Link href={`#/posts/${record.itemId}/show`} data-testid="case-open-post">
        {translate('samverka.moderation.detail.open_post')}
      </Link>
    </Typography>
  );
};

/** The reported item in its thread, highlighted, so the moderator judges it in context. */
export const ReportedItemSection = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const thread = record.context.around;
  const content = record.itemType === 'post' || record.itemType === 'group_message';
  return (
    <Section title={translate(`samverka.moderation.detail.item_title.${record.itemType}`)} testId="case-item-section">
      <AuthorLine record={record} />
      {record.itemType === 'group' && <Link href={`#/groups/${record.itemId}/show`}>{translate('samverka.moderation.detail.open_group')}</Link>}
      <OpenPostLink record={record} />
      {record.autoHidden && <Chip size="small" color="warning" label={translate('samverka.moderation.detail.auto_hidden')} sx={{ mb: 1 }} />}
      {content && thread.length === 0 && <Empty text={translate('samverka.moderation.detail.item_gone')} />}
      {content && thread.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 0.5 }}>
          {translate(record.groupId ? 'samverka.moderation.detail.thread_group' : 'samverka.moderation.detail.thread_public')}
        </Typography>
      )}
      <Stack spacing={0.5}>
        {thread.map((item) => {
          const reported = item.id === record.itemId;
          return (
            <Box
              key={item.id}
              data-testid={reported ? 'case-item' : undefined}
              sx={{
                p: 1,
                borderRadius: 1,
                borderLeft: 4,
                borderColor: reported ? 'error.main' : 'transparent',
                bgcolor: reported ? 'rgba(211, 47, 47, 0.08)' : 'action.hover',
                opacity: reported ? 1 : 0.75,
              }}
            >
              <Typography variant="caption" color="text.secondary">
                {formatDate(item.createdAt)}
                {item.authorId === record.authorId ? ` · ${translate('samverka.moderation.detail.by_author')}` : ''}
                {item.status !== 'visible' ? ` · ${translate(`samverka.content_status.${item.status}`)}` : ''}
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', fontWeight: reported ? 500 : 400 }}>
                {item.text}
              </Typography>
            </Box>
          );
        })}
      </Stack>
    </Section>
  );
};

const NoticeItem = ({ notice }: { notice: NoticeRecord }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  return (
    <Box sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }} data-testid="case-notice">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 0.5, flexWrap: 'wrap' }}>
        <RuleChips rules={[notice.rule]} />
        <Chip size="small" label={translate(`samverka.moderation.reporter_kind.${notice.reporterKind}`)} color={notice.reporterKind === 'user' ? 'default' : 'info'} />
        <Typography variant="caption" color="text.secondary">
          {formatDate(notice.createdAt)}
        </Typography>
        {notice.outcome !== 'pending' && <Chip size="small" variant="outlined" label={translate(`samverka.moderation.notice_outcome.${notice.outcome}`)} />}
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {notice.explanation}
      </Typography>
      {notice.legalGround && (
        <Typography variant="body2" color="text.secondary">
          {translate('samverka.moderation.detail.legal_ground')}: {notice.legalGround}
        </Typography>
      )}
    </Box>
  );
};

/** Every notice with its rule, explanation and the kind of reporter: never who reported. */
export const NoticesSection = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('samverka.moderation.detail.notices_title', { smart_count: record.notices.length })} testId="case-notices">
      {record.notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </Section>
  );
};

/** Why the case sits where it does in the queue. */
export const ScoreSection = ({ record }: { record: CaseDetail }) => {
  const translate = useTranslate();
  return (
    <Section title={translate('samverka.moderation.detail.score_title')} testId="case-score">
      <Table size="small">
        <TableBody>
          {record.scoreParts.map((part) => (
            <TableRow key={part.name}>
              <TableCell>{translate(`samverka.moderation.score_part.${part.name}`)}</TableCell>
              <TableCell align="right">+{part.points}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell sx={{ fontWeight: 600 }}>{translate('samverka.moderation.detail.score_total')}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 600 }}>
              {record.priority}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </Section>
  );
};
