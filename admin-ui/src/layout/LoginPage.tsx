import { Login, LoginForm, PasswordInput, TextInput, required, useTranslate } from 'react-admin';

/**
 * react-admin's login page with the first field labelled as an e-mail address. The field keeps
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
    </Login>
  );
};
