import { Box, IconButton, MenuItem, Paper, Stack, TextField, Tooltip } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useTranslate } from 'react-admin';
import { CONDUCT_RULES, ModerationActionType as T, type ConductRule, type ModerationActionType } from '@samverka/shared';
import { needsRule } from './templates';

/** One action being composed: what, on which rule, and the statement of reasons. */
export interface ActionDraft {
  key: number;
  type: ModerationActionType | '';
  rule: ConductRule | '';
  statement: string;
  /** Once the moderator writes in the statement, changing type or rule no longer replaces it. */
  statementEdited: boolean;
  facts: string;
  durationDays: string;
  policeReference: string;
  legalGround: string;
}

export const STATEMENT_MIN = 10;

const hasDuration = (type: ActionDraft['type']) => type === T.Suspend || type === T.GroupBan;
const needsLegalGround = (draft: ActionDraft) => draft.rule === 'illegal' && needsRule(draft.type);

/** Whether a duration is empty (permanent) or whole days within what the API accepts. */
const durationOk = (value: string) => value.trim() === '' || (/^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 3650);

export function draftValid(draft: ActionDraft): boolean {
  if (!draft.type) return false;
  if (needsRule(draft.type) && !draft.rule) return false;
  if (draft.statement.trim().length < STATEMENT_MIN) return false;
  if (hasDuration(draft.type) && !durationOk(draft.durationDays)) return false;
  if (draft.type === T.ReferPolice && draft.policeReference.trim().length < 3) return false;
  if (needsLegalGround(draft) && draft.legalGround.trim().length < 3) return false;
  return true;
}

/** The body the API takes for one action: only the fields that apply to its type. */
export function actionPayload(draft: ActionDraft): Record<string, unknown> {
  return {
    type: draft.type,
    ...(needsRule(draft.type) && draft.rule ? { rule: draft.rule } : {}),
    statement: draft.statement.trim(),
    ...(draft.facts.trim() ? { facts: draft.facts.trim() } : {}),
    ...(hasDuration(draft.type) && draft.durationDays.trim() ? { durationDays: Number(draft.durationDays) } : {}),
    ...(draft.type === T.ReferPolice ? { policeReference: draft.policeReference.trim() } : {}),
    ...(needsLegalGround(draft) ? { legalGround: draft.legalGround.trim() } : {}),
  };
}

export interface ActionEditorProps {
  index: number;
  draft: ActionDraft;
  types: readonly ModerationActionType[];
  disabled: boolean;
  autoFocus: boolean;
  onChange: (change: Partial<ActionDraft>) => void;
  onRemove?: () => void;
}

/**
 * Type and rule first (each change re-fills the statement from the templates until the moderator
 * edits it), then the statement, then what only some actions need.
 */
export const ActionEditor = ({ index, draft, types, disabled, autoFocus, onChange, onRemove }: ActionEditorProps) => {
  const translate = useTranslate();
  const short = (value: string, min: number) => value.length > 0 && value.trim().length < min;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid={`decision-action-${index}`}>
      <Stack direction="row" spacing={2} sx={{ mb: 2, alignItems: 'flex-start' }}>
        <TextField
          select
          autoFocus={autoFocus}
          label={translate('samverka.moderation.decide.type')}
          value={draft.type}
          onChange={(event) => onChange({ type: event.target.value as ModerationActionType })}
          disabled={disabled}
          required
          sx={{ minWidth: 220 }}
          data-testid={`action-type-${index}`}
        >
          {types.map((type) => (
            <MenuItem key={type} value={type} data-value={type}>
              {translate(`samverka.moderation.action_type.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label={translate('samverka.moderation.decide.rule')}
          value={draft.rule}
          onChange={(event) => onChange({ rule: event.target.value as ConductRule })}
          disabled={disabled || !needsRule(draft.type)}
          required={needsRule(draft.type)}
          helperText={draft.type && !needsRule(draft.type) ? translate('samverka.moderation.decide.rule_not_needed') : ' '}
          sx={{ minWidth: 240 }}
          data-testid={`action-rule-${index}`}
        >
          {CONDUCT_RULES.map((rule) => (
            <MenuItem key={rule} value={rule} data-value={rule}>
              {translate(`samverka.moderation.rule.${rule}`)}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flexGrow: 1 }} />
        {onRemove && (
          <Tooltip title={translate('samverka.moderation.decide.remove_action')}>
            <IconButton onClick={onRemove} disabled={disabled} aria-label={translate('samverka.moderation.decide.remove_action')}>
              <DeleteIcon />
            </IconButton>
          </Tooltip>
        )}
      </Stack>
      <TextField
        fullWidth
        multiline
        minRows={3}
        name="statement"
        label={translate('samverka.moderation.decide.statement')}
        helperText={short(draft.statement, STATEMENT_MIN) ? translate('samverka.actions.text_too_short', { min: STATEMENT_MIN }) : translate('samverka.moderation.decide.statement_help')}
        error={short(draft.statement, STATEMENT_MIN)}
        value={draft.statement}
        onChange={(event) => onChange({ statement: event.target.value, statementEdited: true })}
        disabled={disabled}
        required
        sx={{ mb: 2 }}
      />
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 2 }}>
        {hasDuration(draft.type) && (
          <TextField
            name="durationDays"
            type="number"
            label={translate('samverka.moderation.decide.duration_days')}
            helperText={translate('samverka.moderation.decide.duration_help')}
            error={!durationOk(draft.durationDays)}
            value={draft.durationDays}
            onChange={(event) => onChange({ durationDays: event.target.value })}
            disabled={disabled}
            slotProps={{ htmlInput: { min: 1, max: 3650, step: 1 } }}
          />
        )}
        {draft.type === T.ReferPolice && (
          <TextField
            name="policeReference"
            required
            label={translate('samverka.moderation.decide.police_reference')}
            helperText={translate('samverka.moderation.decide.police_reference_help')}
            error={short(draft.policeReference, 3)}
            value={draft.policeReference}
            onChange={(event) => onChange({ policeReference: event.target.value })}
            disabled={disabled}
          />
        )}
        {needsLegalGround(draft) && (
          <TextField
            name="legalGround"
            required
            sx={{ minWidth: 320 }}
            label={translate('samverka.moderation.decide.legal_ground')}
            helperText={translate('samverka.moderation.decide.legal_ground_help')}
            error={short(draft.legalGround, 3)}
            value={draft.legalGround}
            onChange={(event) => onChange({ legalGround: event.target.value })}
            disabled={disabled}
          />
        )}
        <TextField
          name="facts"
          fullWidth
          label={translate('samverka.moderation.decide.facts')}
          helperText={translate('samverka.moderation.decide.facts_help')}
          value={draft.facts}
          onChange={(event) => onChange({ facts: event.target.value })}
          disabled={disabled}
        />
      </Stack>
    </Paper>
  );
};
