import { Admin, CustomRoutes, Resource, reactRouterProvider } from 'react-admin';
import { AppLayout } from './layout/AppLayout';
import { Dashboard } from './layout/Dashboard';
import { InvitationPage } from './layout/InvitationPage';
import { LoginPage } from './layout/LoginPage';
import { SignInCodePage } from './layout/SignInCodePage';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';
import { auditEvents } from './resources/audit-events';
import { groupInterventions } from './resources/group-interventions';
import { groupAdministration, groups } from './resources/groups';
import { emailMessages } from './resources/email-messages';
import { municipalities } from './resources/municipalities';
import { posts } from './resources/posts';
import { users } from './resources/users';
import { verificationApplications } from './resources/verification-applications';

/** The router react-admin already uses, so the console needs no direct react-router dependency. */
const { Route } = reactRouterProvider;

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
    <Resource {...groups} />
    <Resource {...posts} />
    <Resource {...groupInterventions} />
    <Resource {...verificationApplications} />
    <Resource {...auditEvents} />
    <Resource {...emailMessages} />
    {groupAdministration.map((resource) => (
      <Resource key={resource.name} {...resource} />
    ))}
    <CustomRoutes noLayout>
      <Route path="/invitation/:token" element={<InvitationPage />} />
      <Route path="/sign-in/code" element={<SignInCodePage />} />
    </CustomRoutes>
  </Admin>
);
