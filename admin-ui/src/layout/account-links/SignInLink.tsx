import { Link } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Back to the login form: a plain hash link, since these pages live outside react-admin's layout. */
export const SignInLink = ({ label = 'samverka.account.back_to_sign_in' }: { label?: string }) => {
  const translate = useTranslate();
  return (
    <Link href="#/login" data-testid="account-sign-in-link" sx={{ display: 'inline-block', mt: 2 }}>
      {translate(label)}
    </Link>
  );
};
