import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, TitlePortal, useTranslate } from 'react-admin';
import { AppMenu } from './AppMenu';
import { AppUserMenu } from './AppUserMenu';
import { LanguagePreference } from './LanguagePreference';
import { NotificationBell } from './notifications';
import { RestrictedSessionGate } from './suspension';

/** The default toolbar, with a stable hook on the language switcher for the browser tests. */
const AppToolbar = () => {
  const translate = useTranslate();
  return (
    <>
      <NotificationBell />
      <span data-testid="locale-switcher">
        <LocalesMenuButton />
      </span>
      <LanguagePreference />
      {/* The spinner shown while data loads is a progressbar, which must be named. */}
      <LoadingIndicator aria-label={translate('ra.page.loading')} />
    </>
  );
};

const AppAppBar = () => (
  <AppBar toolbar={<AppToolbar />} userMenu={<AppUserMenu />}>
    {/* The page's title is its one h1; sections below are h2 and h3 (see theme.ts). */}
    <TitlePortal component="h1" variant="h1" />
  </AppBar>
);

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppAppBar} menu={AppMenu}>
    <RestrictedSessionGate>{children}</RestrictedSessionGate>
  </Layout>
);
