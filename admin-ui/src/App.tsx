import { lazy, Suspense, type ReactNode } from 'react';
import { Admin, CustomRoutes, Loading, Resource, reactRouterProvider } from 'react-admin';
import { lazyPage, lazyView } from './components/lazy-view';
import { LoginPage } from './layout/LoginPage';
import { samverkaTheme } from './layout/theme';
import { authProvider } from './providers/auth-provider';
import { consoleStore } from './providers/console-store';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';
import { appeals } from './resources/appeals';
import { allowedDomains } from './resources/allowed-domains';
import { authorityOrders } from './resources/authority-orders';
import { AuditChainPage, auditEvents } from './resources/audit-events';
import { badges } from './resources/badges';
import { consentPurposes } from './resources/consent-purposes';
import { legalHolds } from './resources/legal-holds';
import { groupInterventions } from './resources/group-interventions';
import { groupAdministration, groups } from './resources/groups';
import { emailMessages } from './resources/email-messages';
import { moderationCases } from './resources/moderation-cases';
import { municipalities } from './resources/municipalities';
import { organisationMessages } from './resources/organisation-messages';
import { organisations } from './resources/organisations';
import { posts } from './resources/posts';
import { privacyRequests } from './resources/privacy-requests';
import { users } from './resources/users';
import { verificationApplications } from './resources/verification-applications';

/** The router react-admin already uses, so the console needs no direct react-router dependency. */
const { Route } = reactRouterProvider;

// Only the login page is in the first download: everything behind the sign-in comes in chunks
// loaded when first shown (the layout and its menu, the dashboard, each page and resource view).
const LazyAppLayout = lazy(() => import('./layout/AppLayout').then((module) => ({ default: module.AppLayout })));
const AppLayout = ({ children }: { children: ReactNode }) => (
  <Suspense fallback={<Loading />}>
    <LazyAppLayout>{children}</LazyAppLayout>
  </Suspense>
);
const Dashboard = lazyView(() => import('./layout/Dashboard'), 'Dashboard');
const TransparencyPage = lazyView(() => import('./layout/TransparencyPage'), 'TransparencyPage');
const RecordOfProcessingPage = lazyView(() => import('./layout/RecordOfProcessingPage'), 'RecordOfProcessingPage');
const MyDataPage = lazyView(() => import('./layout/my-data'), 'MyDataPage');
const NotificationsPage = lazyView(() => import('./layout/notifications'), 'NotificationsPage');
const SuspensionPage = lazyView(() => import('./layout/suspension'), 'SuspensionPage');
const LagesbildPage = lazyView(() => import('./lagesbild'), 'LagesbildPage');
const InvitationPage = lazyPage(() => import('./layout/InvitationPage'), 'InvitationPage');
const SignInCodePage = lazyPage(() => import('./layout/SignInCodePage'), 'SignInCodePage');
const ConfirmEmailPage = lazyPage(() => import('./layout/account-links'), 'ConfirmEmailPage');
const ResetPasswordPage = lazyPage(() => import('./layout/account-links'), 'ResetPasswordPage');
const ForgotPasswordPage = lazyPage(() => import('./layout/account-links'), 'ForgotPasswordPage');
const ErasureCertificatePage = lazyPage(() => import('./layout/account-links'), 'ErasureCertificatePage');

/**
 * The Samverka console. Which menu entries, pages and buttons a person sees is decided by
 * authProvider.canAccess from the CASL rules the backend sends; nothing here checks roles.
 */
export const App = () => (
  <Admin
    disableTelemetry
    theme={samverkaTheme}
    requireAuth
    store={consoleStore}
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
    <Resource {...moderationCases} />
    <Resource {...appeals} />
    <Resource {...posts} />
    <Resource {...groupInterventions} />
    <Resource {...verificationApplications} />
    <Resource {...organisations} />
    <Resource {...organisationMessages} />
    <Resource {...badges} />
    <Resource {...allowedDomains} />
    <Resource {...privacyRequests} />
    <Resource {...consentPurposes} />
    <Resource {...legalHolds} />
    <Resource {...authorityOrders} />
    <Resource {...auditEvents} />
    <Resource {...emailMessages} />
    {groupAdministration.map((resource) => (
      <Resource key={resource.name} {...resource} />
    ))}
    <CustomRoutes>
      <Route path="/transparency" element={<TransparencyPage />} />
      <Route path="/record-of-processing" element={<RecordOfProcessingPage />} />
      <Route path="/my-data" element={<MyDataPage />} />
      <Route path="/notifications" element={<NotificationsPage />} />
      {/* A suspended account's restricted session lands here; the layout keeps it from every other page. */}
      <Route path="/suspension" element={<SuspensionPage />} />
      <Route path="/audit-chain" element={<AuditChainPage />} />
      <Route path="/lagesbild" element={<LagesbildPage />} />
    </CustomRoutes>
    <CustomRoutes noLayout>
      <Route path="/invitation/:token" element={<InvitationPage />} />
      <Route path="/sign-in/code" element={<SignInCodePage />} />
      <Route path="/confirm-email/:token" element={<ConfirmEmailPage />} />
      <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      <Route path="/erasure-certificate/:requestId/:token" element={<ErasureCertificatePage />} />
    </CustomRoutes>
  </Admin>
);
