import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { AppMenu } from './AppMenu';
import { LanguagePreference } from './LanguagePreference';
import { NotificationBell } from './notifications';

/** The default toolbar, with a stable hook on the language switcher for the browser tests. */
const AppToolbar = () => (
  <>
    <NotificationBell />
    <span data-testid="locale-switcher">
      <LocalesMenuButton />
    </span>
    <LanguagePreference />
    <LoadingIndicator />
  </>
);

const AppAppBar = () => (
  <AppBar toolbar={<AppToolbar />}>
    <TitlePortal />
  </AppBar>
);

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppAppBar} menu={AppMenu}>{children}</Layout>;
