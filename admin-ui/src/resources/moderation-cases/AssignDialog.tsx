import { useState } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import { Button, useCanAccess, useGetList, useTranslate } from 'react-admin';
import type { CaseRecord, GroupMemberRecord, UserRecord } from '@samverka/shared';

export interface AssignDialogProps {
  record: CaseRecord;
  open: boolean;
  loading: boolean;
  onConfirm: (assigneeId: string) => void;
  onClose: () => void;
}

/**
 * Who may take the case: moderators for the platform's queue, the group's owner and admins for a
 * group's own. The API refuses anyone else.
 */
function useTeammates(record: CaseRecord, enabled: boolean): { id: string; name: string }[] {
  const platform = record.routing === 'platform';
  const { canAccess } = useCanAccess({ action: 'list', resource: 'users' });
  const moderators = useGetList<UserRecord>(
    'users',
    { filter: { role: 'moderator', status: 'active' }, pagination: { page: 1, perPage: 200 }, sort: { field: 'displayName', order: 'ASC' } },
    { enabled: enabled && platform && canAccess === true },
  );
  const members = useGetList<GroupMemberRecord>(
    'group-members',
    { filter: { groupId: record.groupId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'role', order: 'ASC' } },
    { enabled: enabled && !platform && Boolean(record.groupId) },
  );
  if (platform) return (moderators.data ?? []).map((user) => ({ id: user.id, name: user.displayName }));
  return (members.data ?? []).filter((member) => member.role !== 'member').map((member) => ({ id: member.userId, name: member.displayName }));
}

export const AssignDialog = ({ record, open, loading, onConfirm, onClose }: AssignDialogProps) => {
  const translate = useTranslate();
  const teammates = useTeammates(record, open);
  const [assigneeId, setAssigneeId] = useState('');
  return (
    <Dialog open={open} onClose={loading ? undefined : onClose} maxWidth="xs" fullWidth data-testid="assign-case" slotProps={{ transition: { onExited: () => setAssigneeId('') } }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (assigneeId) onConfirm(assigneeId);
        }}
      >
        <DialogTitle>{translate('samverka.moderation.assign.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(record.routing === 'platform' ? 'samverka.moderation.assign.content_platform' : 'samverka.moderation.assign.content_group')}</DialogContentText>
          <TextField
            select
            autoFocus
            fullWidth
            name="assigneeId"
            label={translate('samverka.moderation.assign.assignee')}
            value={assigneeId}
            onChange={(event) => setAssigneeId(event.target.value)}
            disabled={loading}
          >
            {teammates.map((teammate) => (
              <MenuItem key={teammate.id} value={teammate.id}>
                {teammate.name}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} disabled={loading} />
          <Button type="submit" label="samverka.moderation.assign.confirm" variant="contained" disabled={loading || !assigneeId} data-testid="assign-case-confirm" />
        </DialogActions>
      </form>
    </Dialog>
  );
};
