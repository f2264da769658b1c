import { useEffect } from 'react';
import { Box, Link, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, PasswordInput, TextInput, required, useTranslate } from 'react-admin';
import { loginPageShown } from '../providers/auth-provider';
import { useKeptThroughLanguageSwitch } from './kept-through-language-switch';

/**
 * react-admin's login page, naming the product and offering the language choice before anyone
 * signs in, with the first field labelled as an e-mail address and a link to ask for a
 * password-reset e-mail. The field keeps the name `username`, so authProvider.login receives
 * `{ username, password }`. What is typed survives a switch of language (kept-through-language-switch.ts).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const typed = useKeptThroughLanguageSwitch('login');
  // From here on a refused checkAuth may redirect again (see authProvider's leavingForLogin).
  useEffect(loginPageShown, []);
  return (
    <Login>
      <Box sx={{ textAlign: 'center', px: 2 }} data-testid="login-product">
        <Typography variant="h5" component="h1">
          {translate('samverka.login.product')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('samverka.login.tagline')}
        </Typography>
      </Box>
      <LoginForm>
        <TextInput autoFocus source="username" type="email" label={translate('ra.auth.email')} autoComplete="username" validate={required()} {...typed.input('username')} />
        <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} {...typed.input('password')} />
      </LoginForm>
      <Box sx={{ textAlign: 'center', pb: 1 }}>
        <Link href="#/forgot-password" data-testid="forgot-password-link">
          {translate('samverka.account.forgot_link')}
        </Link>
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 2 }} data-testid="login-locale-switcher" aria-label={translate('samverka.login.language')}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};
