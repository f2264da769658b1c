import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { GroupRecord } from '@samverka/shared';
import { ChoiceChip } from '../../components/ChoiceChip';

type FieldProps = { label?: string; source?: string };

export const VisibilityField = (_props: FieldProps) => <ChoiceChip source="visibility" prefix="samverka.group_visibility" colors={{ open: 'success', locked: 'default' }} />;

export const KindField = (_props: FieldProps) => <ChoiceChip source="kind" prefix="samverka.group_kind" colors={{ municipal: 'info' }} />;

export const GroupRoleField = (_props: FieldProps) => <ChoiceChip source="role" prefix="samverka.group_role" colors={{ owner: 'primary', admin: 'secondary' }} variant="filled" />;

/** What needs attention about a group: no admins left, frozen posting, a platform lock, archived. */
export const GroupFlagsField = (_props: FieldProps) => {
  const group = useRecordContext<GroupRecord>();
  const translate = useTranslate();
  if (!group) return null;
  const flags: { key: string; color: 'error' | 'warning' | 'default' }[] = [];
  if (group.orphaned) flags.push({ key: 'orphaned', color: 'error' });
  if (group.lockedByPlatform) flags.push({ key: 'locked_by_platform', color: 'error' });
  if (group.postingFrozen) flags.push({ key: 'posting_frozen', color: 'warning' });
  if (group.openInterventionId) flags.push({ key: 'open_intervention', color: 'warning' });
  if (group.status === 'archived') flags.push({ key: 'archived', color: 'default' });
  if (flags.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {flags.map((flag) => (
        <Chip key={flag.key} label={translate(`samverka.groups.flags.${flag.key}`)} color={flag.color} size="small" data-flag={flag.key} />
      ))}
    </Stack>
  );
};
