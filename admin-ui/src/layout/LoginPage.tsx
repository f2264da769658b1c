import { Box, Link } from '@mui/material';
import { Login, LoginForm, PasswordInput, TextInput, required, useTranslate } from 'react-admin';

/**
 * react-admin's login page with the first field labelled as an e-mail address, and a link to
 * ask for a password-reset e-mail. The field keeps
 * the name `username`, so authProvider.login receives `{ username, password }`.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm>
        <TextInput
          autoFocus
          source="username"
          type="email"
          label={translate('ra.auth.email')}
          autoComplete="username"
          validate={required()}
        />
        <PasswordInput
          source="password"
          label={translate('ra.auth.password')}
          autoComplete="current-password"
          validate={required()}
        />
      </LoginForm>
      <Box sx={{ textAlign: 'center', pb: 2 }}>
        <Link href="#/forgot-password" data-testid="forgot-password-link">
          {translate('samverka.account.forgot_link')}
        </Link>
      </Box>
    </Login>
  );
};
