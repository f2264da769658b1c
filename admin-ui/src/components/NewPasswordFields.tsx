import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** i18n keys of the two fields' labels and of the message when they differ. */
export interface NewPasswordLabels {
  password: string;
  repeat: string;
  mismatch: string;
}

/**
 * A new password typed twice (invitation, password reset). Only a difference between the two is
 * judged here; the backend judges the password itself.
 */
export const NewPasswordFields = ({
  labels,
  password,
  repeat,
  onPassword,
  onRepeat,
  disabled,
  passwordHelp = ' ',
  passwordError = false,
  passwordHelpTestId,
}: {
  labels: NewPasswordLabels;
  password: string;
  repeat: string;
  onPassword: (value: string) => void;
  onRepeat: (value: string) => void;
  disabled: boolean;
  passwordHelp?: string;
  passwordError?: boolean;
  /** Lets a browser test find the password's help line, where the backend's refusal shows. */
  passwordHelpTestId?: string;
}) => {
  const translate = useTranslate();
  const mismatch = repeat.length > 0 && repeat !== password;
  return (
    <>
      <TextField
        autoFocus
        fullWidth
        required
        type="password"
        name="password"
        autoComplete="new-password"
        label={translate(labels.password)}
        value={password}
        onChange={(event) => onPassword(event.target.value)}
        error={passwordError}
        helperText={passwordHelp}
        slotProps={passwordHelpTestId ? { formHelperText: { 'data-testid': passwordHelpTestId } as object } : undefined}
        sx={{ mb: 2 }}
        disabled={disabled}
      />
      <TextField
        fullWidth
        required
        type="password"
        name="passwordRepeat"
        autoComplete="new-password"
        label={translate(labels.repeat)}
        value={repeat}
        onChange={(event) => onRepeat(event.target.value)}
        error={mismatch}
        helperText={mismatch ? translate(labels.mismatch) : ' '}
        sx={{ mb: 2 }}
        disabled={disabled}
      />
    </>
  );
};
