import { Box, Chip, LinearProgress, Stack, Tooltip, Typography } from '@mui/material';
import { useCanAccess, useGetOne, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { type CaseRecord, type ConductRule, type MeRecord, swedishDaysSince } from '@samverka/shared';
import { MAX_PRIORITY } from './types';

type FieldProps = { label?: string; source?: string };

/** The score as a number and a small bar; red from 60, the level of a threat or a red post's breach. */
export const PriorityField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const value = Math.min(100, (record.priority / MAX_PRIORITY) * 100);
  const color = record.priority >= 60 ? 'error' : record.priority >= 30 ? 'warning' : 'primary';
  const parts = record.scoreParts.map((part) => `${translate(`samverka.moderation.score_part.${part.name}`)} +${part.points}`).join(', ');
  return (
    <Tooltip title={parts}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 90 }} data-testid="case-priority">
        <Typography variant="body2" sx={{ width: 28, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
          {record.priority}
        </Typography>
        {/* The number beside it says the same: the bar is for the eye only. */}
        <Box sx={{ flexGrow: 1, minWidth: 48 }} aria-hidden>
          <LinearProgress variant="determinate" value={value} color={color} sx={{ height: 6, borderRadius: 3 }} />
        </Box>
      </Stack>
    </Tooltip>
  );
};

export const RuleChips = ({ rules }: { rules: readonly ConductRule[] }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {rules.map((rule) => (
        <Chip
          key={rule}
          size="small"
          label={translate(`samverka.moderation.rule.${rule}`)}
          color={rule === 'illegal' || rule === 'threat' ? 'error' : 'default'}
          variant="outlined"
          data-value={rule}
        />
      ))}
    </Stack>
  );
};

export const RulesField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  return record ? <RuleChips rules={record.rules} /> : null;
};

export const ItemTypeField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  return record ? <span>{translate(`samverka.moderation.item_type.${record.itemType}`)}</span> : null;
};

/** Notices and distinct reporters: five notices from one person weigh less than five people. */
export const ReportersField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate('samverka.moderation.notices_reporters', { notices: record.noticeCount, reporters: record.reporterCount })}</span>;
};

/** Hours (elapsed) or days (on the Stockholm calendar: the spring change's day has 23 hours) since the first notice. */
export const ageLabel = (since: string, translate: ReturnType<typeof useTranslate>, now = Date.now()): string => {
  const days = swedishDaysSince(new Date(since), new Date(now));
  if (days >= 2) return translate('samverka.moderation.age_days', { days });
  return translate('samverka.moderation.age_hours', { hours: Math.max(0, Math.floor((now - new Date(since).getTime()) / 3_600_000)) });
};

export const AgeField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  return record ? <span>{ageLabel(record.firstNoticeAt, translate)}</span> : null;
};

/**
 * A teammate by name. Group admins may not look up users, so for them anyone else is "another
 * admin"; the signed-in person is always "you".
 */
export const PersonName = ({ id }: { id: string | null }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<MeRecord | null>();
  const { canAccess } = useCanAccess({ action: 'show', resource: 'users' });
  const { data } = useGetOne('users', { id: id ?? '' }, { enabled: Boolean(id) && canAccess === true && id !== permissions?.id });
  if (!id) return null;
  if (id === permissions?.id) return <span>{translate('samverka.moderation.you')}</span>;
  return <span>{(data?.displayName as string | undefined) ?? translate('samverka.moderation.teammate')}</span>;
};

/** Who works on the case: the claim (time-limited) and the assignment. */
export const HandlerField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.claimedBy && !record.assignedTo)
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  return (
    <Stack spacing={0.25}>
      {record.claimedBy && (
        <Typography variant="body2" data-testid="case-claimed-by">
          {translate('samverka.moderation.claimed_by')} <PersonName id={record.claimedBy} />
        </Typography>
      )}
      {record.assignedTo && (
        <Typography variant="body2" color="text.secondary">
          {translate('samverka.moderation.assigned_to')} <PersonName id={record.assignedTo} />
        </Typography>
      )}
    </Stack>
  );
};

export const RoutingField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      data-value={record.routing}
      color={record.routing === 'platform' ? 'primary' : 'default'}
      label={translate(`samverka.moderation.routing.${record.routing}`)}
    />
  );
};

/** Why a group's case reached the platform: severity, timeout or by hand. */
export const EscalationField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record?.escalatedAt) return null;
  const reason = record.escalationReason ?? 'manual';
  return <Chip size="small" color="warning" label={translate(`samverka.moderation.escalation.${reason}`, { _: reason })} />;
};

export const CaseStatusField = (_props: FieldProps) => {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const color = record.status === 'open' ? 'warning' : record.status === 'actioned' ? 'error' : 'success';
  return <Chip size="small" color={color} data-testid="case-status" data-value={record.status} label={translate(`samverka.moderation.case_status.${record.status}`)} />;
};
