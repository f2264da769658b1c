import type { AuditEventRecord, MeRecord, PostRecord } from '@samverka/shared';
import { ListContextProvider, ResourceContextProvider, useGetList, useList, usePermissions, useRecordContext } from 'react-admin';
import { EmptyNote } from '../../components/EmptyNote';
import { canAccessWith } from '../../providers/access';
import { HistoryTable } from '../audit-events';

/**
 * What was done to the post, newest first, from `GET /api/posts/:id/history`: moderators read no
 * audit log, but they must see who hid or removed a post before, and why. Those who may read the
 * audit log open an event's own page from its row.
 */
export const PostHistory = () => {
  const post = useRecordContext<PostRecord>();
  const { permissions } = usePermissions<MeRecord | null>();
  const { data = [], isPending } = useGetList<AuditEventRecord>(
    `posts/${post?.id}/history`,
    { pagination: { page: 1, perPage: 50 }, sort: { field: 'occurredAt', order: 'DESC' } },
    { enabled: Boolean(post) },
  );
  const list = useList({ data, isPending });
  return (
    // The columns are the audit log's, named by its field labels.
    <ResourceContextProvider value="audit-events">
      <ListContextProvider value={list}>
        <HistoryTable
          openEvents={Boolean(permissions && canAccessWith(permissions, { action: 'show', resource: 'audit-events' }))}
          empty={<EmptyNote message="samverka.flow.post.no_history" />}
          testId="post-history"
        />
      </ListContextProvider>
    </ResourceContextProvider>
  );
};
