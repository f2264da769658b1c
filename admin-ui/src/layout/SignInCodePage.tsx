import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Card, CardContent, TextField, Typography } from '@mui/material';
import type { MfaEnrolment } from '@samverka/shared';
import { Button, useAuthProvider, useAuthState, useNavigate, useNotify, useRefresh, useTranslate } from 'react-admin';
import { beginEnrolment, readPendingSignIn } from '../providers/auth-provider';
import { useAsyncHandler } from '../components/use-async-handler';
import { MfaEnrolmentDetails } from './MfaEnrolmentDetails';

/**
 * The second step of a sign-in (`#/sign-in/code`): the code from the authenticator app, or a
 * recovery code. Staff without a second factor first see their new secret and recovery codes,
 * once. Public, outside the layout, like the invitation page.
 */
export const SignInCodePage = () => {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const notify = useNotify();
  const navigate = useNavigate();
  const refresh = useRefresh();
  // The console's own check of the session (same query as react-admin's routes), asked again on demand.
  const { refetch: recheckSession } = useAuthState(undefined, false, { enabled: false });
  const asHandler = useAsyncHandler();
  const pending = readPendingSignIn();
  const [enrolment, setEnrolment] = useState<MfaEnrolment | null>(null);
  const [code, setCode] = useState('');
  const [loading, setLoading] = useState(false);
  // A new second factor's recovery codes must be saved (and said so) before it is confirmed.
  const [codesSaved, setCodesSaved] = useState(false);
  const mustSaveCodes = pending?.kind === 'enrol' && !codesSaved;

  useEffect(() => {
    if (pending?.kind !== 'enrol') return;
    beginEnrolment()
      .then(setEnrolment)
      .catch((error: Error) => notify(error.message, { type: 'error' }));
    // Once per page: a second call would replace the secret just shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!code.trim() || loading || mustSaveCodes) return;
    setLoading(true);
    try {
      await authProvider?.login({ code });
      // The console stays loaded: what was cached while signed out (the refused session check,
      // permissions) is asked again, and the session check answered, before leaving this page.
      refresh();
      await recheckSession();
      navigate('/');
    } catch (error) {
      notify((error as Error).message || 'samverka.mfa.wrong_code', { type: 'error' });
      setLoading(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Card sx={{ maxWidth: 520, width: '100%' }} data-testid="sign-in-code-page">
        <CardContent>
          <Typography variant="h5" gutterBottom>
            {translate(pending?.kind === 'enrol' ? 'samverka.mfa.enrol_title' : 'samverka.mfa.title')}
          </Typography>
          {!pending && <Alert severity="warning">{translate('samverka.mfa.expired')}</Alert>}
          {pending?.kind === 'enrol' && (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>
                {translate('samverka.mfa.enrol_body')}
              </Typography>
              {enrolment && <MfaEnrolmentDetails enrolment={enrolment} saved={codesSaved} onSavedChange={setCodesSaved} />}
            </>
          )}
          {pending?.kind === 'mfa' && (
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('samverka.mfa.body')}
            </Typography>
          )}
          {pending && (
            <form onSubmit={asHandler(submit)}>
              <TextField
                autoFocus
                fullWidth
                required
                name="code"
                autoComplete="one-time-code"
                label={translate('samverka.mfa.code')}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                sx={{ mb: 2 }}
                disabled={loading}
              />
              <Button type="submit" variant="contained" fullWidth label="samverka.mfa.submit" disabled={!code.trim() || loading || mustSaveCodes} data-testid="sign-in-code-submit" />
            </form>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
