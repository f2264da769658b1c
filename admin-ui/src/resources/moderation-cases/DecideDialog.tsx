import { useState } from 'react';
import { Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, FormGroup, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Button, usePermissions, useTranslate } from 'react-admin';
import { MODERATION_ACTION_TYPES, ModerationActionType as T, type MeRecord, type ModerationActionType } from '@samverka/shared';
import { ActionEditor, actionPayload, draftValid, type ActionDraft } from './ActionEditor';
import { authorStatementTemplate } from './templates';
import type { CaseDetail } from './types';
import { submitOnEnter } from './use-shortcuts';
import type { Decide } from './use-undoable-decision';

/** What the API lets a group's admins do; the rest needs a platform moderator (escalate). */
const GROUP_ADMIN_TYPES: readonly ModerationActionType[] = [T.Hide, T.Remove, T.Restore, T.Warn, T.GroupBan];
const CONTENT_ACTIONS: readonly ModerationActionType[] = [T.Hide, T.Remove, T.Restore];
const MAX_ACTIONS = 10;

/** The actions that make sense for this case and this person; dismissal has its own button. */
export function offeredActionTypes(record: CaseDetail, me: MeRecord | null | undefined): ModerationActionType[] {
  const platform = Boolean(me?.roles.some((role) => role === 'moderator' || role === 'platform_owner'));
  const content = record.itemType === 'post' || record.itemType === 'group_message';
  return MODERATION_ACTION_TYPES.filter((type) => {
    if (type === T.Dismiss) return false;
    if (!platform && !GROUP_ADMIN_TYPES.includes(type)) return false;
    if (CONTENT_ACTIONS.includes(type)) return content;
    if (type === T.GroupBan) return Boolean(record.groupId && record.authorId);
    if (type === T.LockGroup) return Boolean(record.groupId) || record.itemType === 'group';
    if (type === T.Warn || type === T.Suspend) return Boolean(record.authorId);
    return true;
  });
}

export interface DecideDialogProps {
  record: CaseDetail;
  open: boolean;
  onClose: () => void;
  /** Sends the decision, undoably. */
  decide: Decide;
  /** After the decision is made (it may still be undone). */
  onDecided: () => void;
}

/** "Take action": one or more actions with their statements of reasons, decided at once. */
export const DecideDialog = ({ open, onClose, ...props }: DecideDialogProps) => (
  <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth data-testid="decide-case" aria-labelledby="decide-case-title">
    <DecideForm onClose={onClose} {...props} />
  </Dialog>
);

const DecideForm = ({ record, decide, onClose, onDecided }: Omit<DecideDialogProps, 'open'>) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<MeRecord | null>();
  const types = offeredActionTypes(record, permissions);
  const blank = (key: number): ActionDraft => ({
    key,
    type: '',
    rule: record.rules[0] ?? '',
    statement: '',
    statementEdited: false,
    facts: '',
    durationDays: '',
    policeReference: '',
    legalGround: '',
  });
  const [drafts, setDrafts] = useState<ActionDraft[]>(() => [blank(0)]);
  const [unfounded, setUnfounded] = useState<string[]>([]);
  const valid = drafts.length > 0 && drafts.every(draftValid);

  const change = (key: number, update: Partial<ActionDraft>) =>
    setDrafts((current) =>
      current.map((draft) => {
        if (draft.key !== key) return draft;
        const next = { ...draft, ...update };
        if (!next.statementEdited && ('type' in update || 'rule' in update)) next.statement = authorStatementTemplate(record.authorLanguage, next.type, next.rule, record.itemType);
        return next;
      }),
    );

  const submit = () => {
    if (!valid) return;
    decide(record, { version: record.version, actions: drafts.map(actionPayload), unfoundedNoticeIds: unfounded });
    onDecided();
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => submitOnEnter(event, valid, submit)}
    >
      <DialogTitle id="decide-case-title">{translate('samverka.moderation.decide.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('samverka.moderation.decide.intro')}</DialogContentText>
        {record.authorLanguage && (
          <Typography variant="body2" sx={{ mb: 2 }} data-testid="decide-recipient-language">
            {translate('samverka.moderation.decide.author_language', { language: translate(`samverka.moderation.language.${record.authorLanguage}`) })}
          </Typography>
        )}
        <Stack spacing={2}>
          {drafts.map((draft, index) => (
            <ActionEditor
              key={draft.key}
              index={index}
              draft={draft}
              types={types}

              disabled={false}
              autoFocus={index === 0}
              onChange={(update) => change(draft.key, update)}
              onRemove={drafts.length > 1 ? () => setDrafts((current) => current.filter((other) => other.key !== draft.key)) : undefined}
            />
          ))}
        </Stack>
        {drafts.length < MAX_ACTIONS && (
          <Button
            label="samverka.moderation.decide.add_action"
            onClick={() => setDrafts((current) => [...current, blank(Math.max(...current.map((draft) => draft.key)) + 1)])}

            sx={{ mt: 1 }}
          >
            <AddIcon />
          </Button>
        )}
        {record.notices.length > 0 && (
          <>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              {translate('samverka.moderation.decide.unfounded_title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('samverka.moderation.decide.unfounded_help')}
            </Typography>
            <FormGroup>
              {record.notices.map((notice) => (
                <FormControlLabel
                  key={notice.id}
                  control={
                    <Checkbox
                      size="small"
                      name="unfounded"
                      value={notice.id}
                      checked={unfounded.includes(notice.id)}
                      onChange={(event) => setUnfounded((current) => (event.target.checked ? [...current, notice.id] : current.filter((id) => id !== notice.id)))}
                    />
                  }
                  label={`${translate(`samverka.moderation.rule.${notice.rule}`)} · ${translate(`samverka.moderation.reporter_kind.${notice.reporterKind}`)}: ${notice.explanation.length > 90 ? `${notice.explanation.slice(0, 90)}…` : notice.explanation}`}
                />
              ))}
            </FormGroup>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button type="submit" label="samverka.moderation.decide.confirm" variant="contained" color="error" disabled={!valid} data-testid="decide-case-confirm" />
      </DialogActions>
    </form>
  );
};
