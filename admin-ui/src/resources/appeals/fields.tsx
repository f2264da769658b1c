import { Box, Chip, Link, Typography } from '@mui/material';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { AppealRecord, ModerationActionRecord } from '@samverka/shared';
import { PersonName, RuleChips } from '../moderation-cases';

type FieldProps = { label?: string; source?: string };

interface CaseWithActions {
  id: string;
  actions: ModerationActionRecord[];
}

/** The decision appealed against, read from its case: what was done, on which rule, and why. */
export const AppealedDecisionField = (_props: FieldProps) => {
  const appeal = useRecordContext<AppealRecord>();
  const translate = useTranslate();
  const { data, error } = useGetOne<CaseWithActions>('moderation-cases', { id: appeal?.caseId ?? '', meta: { detail: true } }, { enabled: Boolean(appeal) });
  if (!appeal) return null;
  const action = data?.actions?.find((candidate) => candidate.id === appeal.actionId);
  return (
    <Box sx={{ maxWidth: 420 }} data-testid="appealed-decision">
      {action ? (
        <>
          <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }}>
            <Chip size="small" color="primary" label={translate(`samverka.moderation.action_type.${action.type}`)} />
            {action.rule && <RuleChips rules={[action.rule]} />}
            {action.automated && <Chip size="small" color="warning" label={translate('samverka.moderation.detail.automated')} />}
          </Box>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {action.statement}
          </Typography>
          {action.decidedBy && (
            <Typography variant="caption" color="text.secondary">
              {translate('samverka.appeals.decided_by')} <PersonName id={action.decidedBy} />
            </Typography>
          )}
        </>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {error ? translate('samverka.appeals.decision_unavailable') : '…'}
        </Typography>
      )}
      <Box>
        <Link href={`#/moderation-cases/${appeal.caseId}`} variant="caption" onClick={(event) => event.stopPropagation()}>
          {translate('samverka.appeals.open_case')}
        </Link>
      </Box>
    </Box>
  );
};

export const AppealStatusField = (_props: FieldProps) => {
  const appeal = useRecordContext<AppealRecord>();
  const translate = useTranslate();
  if (!appeal) return null;
  const color = appeal.status === 'pending' ? 'warning' : appeal.status === 'reversed' ? 'success' : 'default';
  return <Chip size="small" color={color} data-value={appeal.status} data-testid="appeal-status" label={translate(`samverka.appeals.status.${appeal.status}`)} />;
};

export const AppellantField = (_props: FieldProps) => {
  const appeal = useRecordContext<AppealRecord>();
  const translate = useTranslate();
  return appeal ? <span>{translate(`samverka.appeals.role.${appeal.appellantRole}`)}</span> : null;
};
