import { useState } from 'react';
import { Checkbox, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { STATEMENT_MIN } from './ActionEditor';
import { submitOnEnter } from './use-shortcuts';

export interface DismissDialogProps {
  open: boolean;
  /** How many cases are dismissed: one from the drawer, several from the bulk action. */
  count: number;
  template: string;
  loading: boolean;
  onConfirm: (statement: string, unfounded: boolean) => void;
  onClose: () => void;
}

/**
 * Dismissing says that no rule was broken: the statement goes to every reporter (and to the author
 * if the item was hidden meanwhile, which the dismissal undoes). Manifestly unfounded notices
 * count against their reporters.
 */
export const DismissDialog = ({ open, onClose, ...props }: DismissDialogProps) => (
  <Dialog open={open} onClose={props.loading ? undefined : onClose} maxWidth="sm" fullWidth data-testid="dismiss-case" aria-labelledby="dismiss-case-title">
    <DismissForm onClose={onClose} {...props} />
  </Dialog>
);

const DismissForm = ({ count, template, loading, onConfirm, onClose }: Omit<DismissDialogProps, 'open'>) => {
  const translate = useTranslate();
  const [statement, setStatement] = useState(template);
  const [unfounded, setUnfounded] = useState(false);
  const valid = statement.trim().length >= STATEMENT_MIN;
  const submit = () => {
    if (valid && !loading) onConfirm(statement.trim(), unfounded);
  };
  const short = statement.length > 0 && !valid;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => submitOnEnter(event, valid && !loading, submit)}
    >
      <DialogTitle id="dismiss-case-title">{translate('samverka.moderation.dismiss.title', { smart_count: count })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('samverka.moderation.dismiss.content', { smart_count: count })}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          name="statement"
          label={translate('samverka.moderation.dismiss.statement')}
          helperText={short ? translate('samverka.actions.text_too_short', { min: STATEMENT_MIN }) : translate('samverka.moderation.decide.statement_help')}
          error={short}
          value={statement}
          onChange={(event) => setStatement(event.target.value)}
          onFocus={(event) => event.target.select()}
          disabled={loading}
          required
        />
        <FormControlLabel
          sx={{ mt: 1 }}
          control={<Checkbox name="unfounded" checked={unfounded} onChange={(event) => setUnfounded(event.target.checked)} disabled={loading} />}
          label={translate('samverka.moderation.dismiss.unfounded')}
        />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} disabled={loading} />
        <Button type="submit" label="samverka.moderation.dismiss.confirm" variant="contained" disabled={loading || !valid} data-testid="dismiss-case-confirm" />
      </DialogActions>
    </form>
  );
};
