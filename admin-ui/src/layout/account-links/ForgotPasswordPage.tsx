import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { PublicPageCard } from '../PublicPageCard';
import { EmailRequestForm } from './EmailRequestForm';
import { SignInLink } from './SignInLink';

/** `#/forgot-password`, linked from the login page: asks for a reset link. Public. */
export const ForgotPasswordPage = () => {
  const translate = useTranslate();
  return (
    <PublicPageCard testId="forgot-password-page" title={translate('samverka.account.forgot.title')}>
      <Typography variant="body2">{translate('samverka.account.forgot.intro')}</Typography>
      <EmailRequestForm path="password-reset" submitLabel="samverka.account.forgot.submit" sentMessage="samverka.account.forgot.sent" testId="forgot-password" />
      <SignInLink />
    </PublicPageCard>
  );
};
