import { useState, type FormEvent } from 'react';
import { Alert, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import { postPublic, succeeded } from './account-api';
import { useAsyncHandler } from '../../components/use-async-handler';

/**
 * One e-mail field that asks the backend to send a link (a password reset, a new confirmation).
 * The backend answers alike whether or not the address has an account, and so does this form:
 * only a malformed address or too many requests get another answer.
 */
export const EmailRequestForm = ({ path, submitLabel, sentMessage, testId }: { path: 'password-reset' | 'resend-confirmation'; submitLabel: string; sentMessage: string; testId: string }) => {
  const translate = useTranslate();
  const asHandler = useAsyncHandler();
  const [email, setEmail] = useState('');
  const [loading, setLoading] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email || loading) return;
    setLoading(true);
    setError('');
    const answer = await postPublic(path, { email });
    setLoading(false);
    if (succeeded(answer)) return setSent(true);
    setError(answer.status === 429 ? translate('samverka.account.too_many') : answer.message);
  };

  if (sent) {
    return (
      <Alert severity="info" data-testid={`${testId}-sent`} sx={{ mt: 2 }}>
        {translate(sentMessage)}
      </Alert>
    );
  }
  return (
    <form onSubmit={asHandler(submit)} data-testid={testId}>
      <TextField
        fullWidth
        required
        type="email"
        name="email"
        autoComplete="email"
        label={translate('samverka.account.email')}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        sx={{ mt: 2, mb: 2 }}
        disabled={loading}
      />
      {error && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid={`${testId}-error`}>
          {error}
        </Alert>
      )}
      <Button type="submit" variant="contained" fullWidth label={submitLabel} disabled={!email || loading} data-testid={`${testId}-submit`} />
    </form>
  );
};
