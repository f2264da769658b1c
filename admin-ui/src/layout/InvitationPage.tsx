import { useState, type FormEvent } from 'react';
import { Typography } from '@mui/material';
import { Button, useAuthProvider, useNotify, useParams, useTranslate } from 'react-admin';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { PublicPageCard } from './PublicPageCard';
import { useAsyncHandler } from '../components/use-async-handler';
import { useKeptState, useKeptThroughLanguageSwitch } from './kept-through-language-switch';

/** The backend's minimum password length (PASSWORD_MIN_LENGTH). */
const MIN_LENGTH = 12;

/** The backend's advice when it refuses the password as too easy to guess (400 `password_too_weak`), else null. */
const weakPasswordAdvice = (error: unknown): string | null => ((error as { body?: { code?: unknown } } | null)?.body?.code === 'password_too_weak' ? (error as Error).message : null);

/**
 * The page an invited staff member reaches from the link in their invitation
 * (`#/invitation/<token>`): they choose a password, which accepts the invitation and signs them
 * in: the session is stored exactly as the login form stores it. Public: it sits outside the layout and needs no session.
 */
export const InvitationPage = () => {
  const { token = '' } = useParams<{ token: string }>();
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const notify = useNotify();
  const asHandler = useAsyncHandler();
  // What is typed survives a switch of language, which remounts the page.
  const typed = useKeptThroughLanguageSwitch(`invitation/${token}`);
  const [password, setPassword] = useKeptState(typed, 'password');
  const [repeat, setRepeat] = useKeptState(typed, 'repeat');
  const [loading, setLoading] = useState(false);
  const [refused, setRefused] = useState<string | null>(null);
  const tooShort = password.length > 0 && password.length < MIN_LENGTH;
  const ready = password.length >= MIN_LENGTH && repeat === password && !loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setLoading(true);
    try {
      const next = (await authProvider?.login({ invitationToken: token, password })) as { redirectTo?: string } | undefined;
      // Staff set up their second factor next, on the code page.
      if (next?.redirectTo) return void window.location.replace(`${window.location.pathname}#${next.redirectTo}`);
      // This page was rendered signed out, and a route change now would sign out again: load
      // the console afresh (the URL without the hash is a full page load) with the new session.
      window.location.replace(window.location.pathname);
    } catch (error) {
      const advice = weakPasswordAdvice(error);
      if (advice) setRefused(advice);
      else notify((error as Error).message || 'samverka.invitation.invalid', { type: 'error' });
      setLoading(false);
    }
  };

  return (
    <PublicPageCard testId="invitation-page" title={translate('samverka.invitation.title')}>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('samverka.invitation.body', { min: MIN_LENGTH })}
      </Typography>
      <form onSubmit={asHandler(submit)}>
        <NewPasswordFields
          labels={{ password: 'samverka.invitation.password', repeat: 'samverka.invitation.repeat', mismatch: 'samverka.invitation.mismatch' }}
          password={password}
          repeat={repeat}
          onPassword={(value) => {
            setPassword(value);
            setRefused(null);
          }}
          onRepeat={setRepeat}
          disabled={loading}
          passwordError={tooShort || refused !== null}
          passwordHelp={refused ? `${translate('samverka.invitation.too_weak')} ${refused}` : translate('samverka.invitation.password_help', { min: MIN_LENGTH })}
          passwordHelpTestId="invitation-password-help"
        />
        <Button type="submit" variant="contained" fullWidth label="samverka.invitation.submit" disabled={!ready} data-testid="invitation-submit" />
      </form>
    </PublicPageCard>
  );
};
