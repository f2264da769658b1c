import { useEffect, useState } from 'react';
import { Alert, CircularProgress, Typography } from '@mui/material';
import { useParams, useTranslate } from 'react-admin';
import { PublicPageCard } from '../PublicPageCard';
import { type PublicAnswer, postPublic, succeeded } from './account-api';
import { ResendConfirmationForm } from './ResendConfirmationForm';
import { SignInLink } from './SignInLink';

type Outcome = 'confirming' | 'confirmed' | 'invalid' | 'failed';

/**
 * Each token's answer, once per page load. A token works once, and the page is mounted again when
 * the language changes (react-admin renders everything anew): asking again would answer that the
 * link is spent, right after it confirmed the address.
 */
const answers = new Map<string, Promise<PublicAnswer>>();
const confirmOnce = (token: string): Promise<PublicAnswer> => {
  let answer = answers.get(token);
  if (!answer) {
    answer = postPublic('confirm-email', { token });
    answers.set(token, answer);
  }
  return answer;
};

/**
 * `#/confirm-email/<token>`, the link of the confirmation e-mail: confirms on load and says what
 * happened. An expired or used link offers a new one. Public: outside the layout, no session.
 */
export const ConfirmEmailPage = () => {
  const { token = '' } = useParams<{ token: string }>();
  const translate = useTranslate();
  const [outcome, setOutcome] = useState<Outcome>('confirming');
  const [failure, setFailure] = useState('');

  useEffect(() => {
    void confirmOnce(token).then((answer) => {
      if (succeeded(answer)) return setOutcome('confirmed');
      if (answer.status === 400) return setOutcome('invalid');
      setFailure(answer.status === 429 ? translate('samverka.account.too_many') : answer.message);
      setOutcome('failed');
    });
  }, [token, translate]);

  return (
    <PublicPageCard testId="confirm-email-page" title={translate('samverka.account.confirm.title')}>
      <div data-testid="confirm-email-outcome" data-outcome={outcome}>
        {outcome === 'confirming' && (
          <Typography variant="body2">
            <CircularProgress size={16} sx={{ mr: 1 }} />
            {translate('samverka.account.confirm.confirming')}
          </Typography>
        )}
        {outcome === 'confirmed' && <Alert severity="success">{translate('samverka.account.confirm.confirmed')}</Alert>}
        {outcome === 'invalid' && (
          <>
            <Alert severity="warning">{translate('samverka.account.confirm.invalid')}</Alert>
            <ResendConfirmationForm />
          </>
        )}
        {outcome === 'failed' && <Alert severity="error">{translate('samverka.account.confirm.failed', { message: failure })}</Alert>}
      </div>
      <SignInLink label={outcome === 'confirmed' ? 'samverka.account.sign_in' : 'samverka.account.back_to_sign_in'} />
    </PublicPageCard>
  );
};
