import { useState, type FormEvent, type ReactNode } from 'react';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';

/** Whether the dialog asks for a text (a reason, an outcome) and how much of it. */
export interface TextRequest {
  /** The form field name, e.g. `reason`; tests fill `textarea[name=...]`. */
  name: string;
  label: string;
  helperText?: string;
  /** 0 makes the text optional. */
  minLength: number;
}

export interface ActionDialogProps {
  open: boolean;
  title: string;
  /** What will happen, in plain words; a string is a sentence, not an i18n key. */
  content: ReactNode;
  confirmLabel: string;
  text?: TextRequest;
  loading: boolean;
  testId: string;
  color: 'error' | 'primary' | 'warning';
  /** Extra inputs (e.g. a date) shown under the text. */
  children?: ReactNode;
  /** Whether the extra inputs are complete. */
  ready?: boolean;
  /** Enter submits from the (multi-line) text too, as in the moderation queue; Shift+Enter makes a new line. */
  enterSubmits?: boolean;
  onConfirm: (text: string) => void;
  onClose: () => void;
}

/**
 * A confirmation that says what an action does before it is done, optionally asking for the text
 * the API records (a reason, an outcome). Destructive actions in the console go through it.
 */
export const ActionDialog = ({ open, title, content, confirmLabel, text, loading, testId, color, children, ready = true, enterSubmits = false, onConfirm, onClose }: ActionDialogProps) => {
  const translate = useTranslate();
  const [value, setValue] = useState('');
  const trimmed = value.trim();
  const textOk = !text || trimmed.length >= text.minLength;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (textOk && ready) onConfirm(trimmed);
  };
  return (
    <Dialog
      open={open}
      onClose={loading ? undefined : onClose}
      aria-labelledby={`${testId}-title`}
      data-testid={testId}
      fullWidth
      maxWidth="sm"
      slotProps={{ transition: { onExited: () => setValue('') } }}
    >
      <form
        onSubmit={submit}
        onKeyDown={(event) => {
          if (!enterSubmits || loading || event.key !== 'Enter' || event.shiftKey || (event.target as HTMLElement).tagName !== 'TEXTAREA') return;
          submit(event);
        }}
      >
        <DialogTitle id={`${testId}-title`}>{title}</DialogTitle>
        <DialogContent>
          <DialogContentText component="div" sx={{ mb: text || children ? 2 : 0 }}>
            {content}
          </DialogContentText>
          {text && (
            <TextField
              autoFocus
              required={text.minLength > 0}
              fullWidth
              multiline
              minRows={2}
              name={text.name}
              label={text.label}
              helperText={text.minLength > 1 && value.length > 0 && !textOk ? translate('samverka.actions.text_too_short', { min: text.minLength }) : text.helperText}
              error={value.length > 0 && !textOk}
              value={value}
              onChange={(event) => setValue(event.target.value)}
              disabled={loading}
            />
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} disabled={loading} />
          <Button type="submit" label={confirmLabel} variant="contained" color={color} disabled={loading || !textOk || !ready} data-testid={`${testId}-confirm`} />
        </DialogActions>
      </form>
    </Dialog>
  );
};
