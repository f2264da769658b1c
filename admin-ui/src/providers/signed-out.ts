import { readSession } from './session-store';

/** Routes a signed-out person may open (App.tsx's `noLayout` routes and the login page). */
const PUBLIC_ROUTES = ['/login', '/invitation/', '/sign-in/code', '/confirm-email/', '/reset-password/', '/forgot-password', '/erasure-certificate/'];

/** The route part of a hash URL (`#/users/1/show?x=1` → `/users/1/show`). */
const routeOf = (hash: string): { path: string; search: string } => {
  const [path = '', search = ''] = hash.replace(/^#/, '').split('?');
  return { path: path || '/', search };
};

export function isPublicRoute(hash = window.location.hash): boolean {
  const { path } = routeOf(hash);
  return PUBLIC_ROUTES.some((route) => path === route || (route.endsWith('/') && path.startsWith(route)));
}

/**
 * A page a signed-out person stays on (an e-mail's link, the second sign-in step), not the login
 * page: nothing there leaves for the login page when the session check refuses.
 */
export function onSignedOutPage(hash = window.location.hash): boolean {
  return isPublicRoute(hash) && routeOf(hash).path !== '/login';
}

/**
 * Sends a signed-out visitor of a console page straight to `#/login`, before react-admin starts:
 * one history replacement instead of react-admin's log-out-on-mount redirect (see
 * `authProvider.checkAuth`). The page asked for is kept in the history state where react-admin's
 * login looks for it (`nextPathname`), so a deep link opens after the sign-in.
 */
export function startSignedOutAtLogin(): void {
  if (readSession() || isPublicRoute()) return;
  const { path, search } = routeOf(window.location.hash);
  const next = path === '/' ? null : { nextPathname: path, nextSearch: search ? `?${search}` : '' };
  // react-router keeps the state it was given under `usr`, beside a key and a position of its own.
  window.history.replaceState({ usr: next, key: 'default', idx: 0 }, '', `${window.location.pathname}${window.location.search}#/login`);
}
