import { Admin, Resource } from 'react-admin';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './layout/Dashboard';
import { LoginPage } from './layout/LoginPage';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';
import { auditEvents } from './resources/audit-events';
import { emailMessages } from './resources/email-messages';
import { municipalities } from './resources/municipalities';
import { users } from './resources/users';
import { verificationApplications } from './resources/verification-applications';

/**
 * The Samverka console. Which menu entries, pages and buttons a person sees is decided by
 * authProvider.canAccess from the CASL rules the backend sends; nothing here checks roles.
 */
export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title="samverka.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={AppLayout}
    dashboard={Dashboard}
  >
    <Resource {...users} />
    <Resource {...municipalities} />
    <Resource {...verificationApplications} />
    <Resource {...auditEvents} />
    <Resource {...emailMessages} />
  </Admin>
);
