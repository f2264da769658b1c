import type { ReactNode } from 'react';
import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, ReferenceField, Show, TextField, useGetList, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord, MeRecord, PostRecord } from '@samverka/shared';
import { ApiImage } from '../../components/ApiImage';
import { LocalDateField } from '../../components/LocalDateField';
import { canAccessWith } from '../../providers/access';
import { RuleChips } from '../moderation-cases';
import { ContentStatusField, PriorityField } from './fields';
import { PostHistory } from './History';
import { HidePostButton, RemovePostButton, RestorePostButton } from './ModerationButtons';

const Section = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="subtitle1" sx={{ mb: 1 }}>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/** The cases about this post, each a link to the case in the queue's drawer. */
const Reports = () => {
  const post = useRecordContext<PostRecord>();
  const translate = useTranslate();
  // Asked of the rules without the post: useCanAccess would judge the post as if it were a case.
  const { permissions } = usePermissions<MeRecord | null>();
  const mayList = Boolean(permissions && canAccessWith(permissions, { action: 'list', resource: 'moderation-cases' }));
  const { data = [], isPending } = useGetList<CaseRecord>(
    'moderation-cases',
    { filter: { itemId: post?.id }, pagination: { page: 1, perPage: 20 }, sort: { field: 'firstNoticeAt', order: 'DESC' } },
    { enabled: Boolean(post) && mayList },
  );
  if (mayList && isPending) return null;
  if (data.length === 0) return <Typography color="text.secondary">{translate('samverka.flow.post.no_reports')}</Typography>;
  return (
    <Stack spacing={1}>
      {data.map((c) => (
        <Stack key={c.id} direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="post-report">
          <RuleChips rules={c.rules} />
          <Typography variant="body2">{translate('samverka.moderation.notices_reporters', { notices: c.noticeCount, reporters: c.reporterCount })}</Typography>
          <Typography variant="body2">{translate(`samverka.moderation.case_status.${c.status}`)}</Typography>
          <Link to={`/moderation-cases/${c.id}`}>{translate('samverka.flow.post.open_case')}</Link>
        </Stack>
      ))}
    </Stack>
  );
};

const PostDetail = () => {
  const post = useRecordContext<PostRecord>();
  const translate = useTranslate();
  if (!post) return null;
  return (
    <Box sx={{ p: 2 }} data-testid="post-detail">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <PriorityField />
        <ContentStatusField />
        <LocalDateField source="createdAt" />
        <Box sx={{ flexGrow: 1 }} />
        <HidePostButton />
        <RestorePostButton />
        <RemovePostButton />
      </Stack>
      <Typography variant="body1" sx={{ mt: 2, whiteSpace: 'pre-line' }} data-testid="post-text">
        {post.text}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
        <TextField source="authorName" />
      </Typography>
      {post.imageFileId && (
        <Section title="samverka.flow.post.image">
          <ApiImage path={`posts/${post.id}/image`} alt={translate('samverka.flow.post.image')} size={480} testId="post-image" />
        </Section>
      )}
      <Section title="samverka.flow.post.place">
        <Typography variant="body2">
          <ReferenceField source="municipalityId" reference="municipalities" link={false} /> · {post.latitude.toFixed(5)}, {post.longitude.toFixed(5)}
        </Typography>
      </Section>
      <Section title="samverka.flow.post.reports">
        <Reports />
      </Section>
      <Section title="samverka.flow.post.history">
        <PostHistory />
      </Section>
    </Box>
  );
};

/** A post's page: text, image, place, author, the reports about it and what was done. */
export const PostShow = () => (
  <Show title="samverka.flow.post.title">
    <PostDetail />
  </Show>
);
