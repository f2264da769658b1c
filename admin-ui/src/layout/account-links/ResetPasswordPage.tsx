import { useState, type FormEvent } from 'react';
import { Alert, Link, Typography } from '@mui/material';
import { Button, useNotify, useParams, useRedirect, useTranslate } from 'react-admin';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { PublicPageCard } from '../PublicPageCard';
import { postPublic, succeeded } from './account-api';
import { SignInLink } from './SignInLink';
import { useAsyncHandler } from '../../components/use-async-handler';
import { useKeptState, useKeptThroughLanguageSwitch } from '../kept-through-language-switch';

/** The backend's minimum password length (PASSWORD_MIN_LENGTH); the backend has the last word. */
const MIN_LENGTH = 12;

/**
 * `#/reset-password/<token>`, the link of the reset e-mail: the new password twice. The backend
 * judges it (length, common passwords) and its message, naming the field, is shown as it comes;
 * on success the person signs in with it. Public: outside the layout, no session.
 */
export const ResetPasswordPage = () => {
  const { token = '' } = useParams<{ token: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  const redirect = useRedirect();
  // What is typed survives a switch of language, which remounts the page.
  const typed = useKeptThroughLanguageSwitch(`reset-password/${token}`);
  const [password, setPassword] = useKeptState(typed, 'password');
  const [repeat, setRepeat] = useKeptState(typed, 'repeat');
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState('');
  const [linkInvalid, setLinkInvalid] = useState(false);
  const ready = password.length > 0 && repeat === password && !loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setLoading(true);
    setError('');
    const answer = await postPublic('password-reset/confirm', { token, password });
    setLoading(false);
    if (succeeded(answer)) {
      notify('samverka.account.reset.done', { type: 'success' });
      return redirect('/login');
    }
    if (answer.code === 'password_reset_invalid') return setLinkInvalid(true);
    setError(answer.status === 429 ? translate('samverka.account.too_many') : answer.message);
  };

  if (linkInvalid) {
    return (
      <PublicPageCard testId="reset-password-page" title={translate('samverka.account.reset.title')}>
        <Alert severity="warning" data-testid="reset-password-invalid">
          {translate('samverka.account.reset.invalid')}
        </Alert>
        <Link href="#/forgot-password" sx={{ display: 'inline-block', mt: 2, mr: 2 }}>
          {translate('samverka.account.reset.ask_again')}
        </Link>
        <SignInLink />
      </PublicPageCard>
    );
  }
  return (
    <PublicPageCard testId="reset-password-page" title={translate('samverka.account.reset.title')}>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('samverka.account.reset.intro', { min: MIN_LENGTH })}
      </Typography>
      <form onSubmit={asHandler(submit)}>
        <NewPasswordFields
          labels={{ password: 'samverka.account.reset.password', repeat: 'samverka.account.reset.repeat', mismatch: 'samverka.account.reset.mismatch' }}
          password={password}
          repeat={repeat}
          onPassword={setPassword}
          onRepeat={setRepeat}
          disabled={loading}
        />
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="reset-password-error">
            {error}
          </Alert>
        )}
        <Button type="submit" variant="contained" fullWidth label="samverka.account.reset.submit" disabled={!ready} data-testid="reset-password-submit" />
      </form>
      <SignInLink />
    </PublicPageCard>
  );
};
