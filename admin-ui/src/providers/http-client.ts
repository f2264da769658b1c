import type { fetchUtils } from 'react-admin';
import type { AuthTokens } from '@samverka/shared';
import { httpErrorOf, parseJson } from './api-error';
import { clearSession, readSession, saveTokens, type Session } from './session-store';

export const API_URL = '/api';

/** The response shape ra-data-simple-rest expects from its httpClient. */
export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  json: any; // simple-rest reads it untyped
}

/** Refresh a little before the access token expires, so a request rarely meets a 401. */
const EXPIRY_MARGIN_MS = 10_000;

let refreshInFlight: Promise<Session | null> | null = null;

/**
 * Exchanges the refresh token for new tokens, once at a time: refresh tokens rotate and the
 * backend treats a second use of the same one as theft, so parallel 401s must share one call.
 */
export function refreshSession(): Promise<Session | null> {
  refreshInFlight ??= doRefresh().finally(() => {
    refreshInFlight = null;
  });
  return refreshInFlight;
}

async function doRefresh(): Promise<Session | null> {
  const session = readSession();
  if (!session) return null;
  let response: Response;
  try {
    response = await fetch(`${API_URL}/auth/refresh`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
  } catch {
    return null; // offline: keep the session, the caller's request fails on its own
  }
  if (!response.ok) {
    // A refused refresh token will never work again; a server error might.
    if (response.status >= 400 && response.status < 500) clearSession();
    return null;
  }
  return saveTokens((await parseJson(response)) as AuthTokens);
}

function send(url: string, options: fetchUtils.Options, session: Session | null): Promise<Response> {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  const method = (options.method ?? 'GET').toUpperCase();
  if (options.body && !headers.has('Content-Type') && method !== 'GET' && !(options.body instanceof FormData)) {
    headers.set('Content-Type', 'application/json');
  }
  if (session) headers.set('Authorization', `Bearer ${session.accessToken}`);
  const { user: _user, ...init } = options;
  return fetch(url, { ...init, headers });
}

/**
 * fetchJson with the signed-in person's bearer token. On a 401 it refreshes the tokens once and
 * retries; a second 401 reaches react-admin, whose checkError signs the person out.
 */
export async function apiFetch(url: string, options: fetchUtils.Options = {}): Promise<HttpResponse> {
  const response = await authorizedFetch(url, options);
  const body = await response.text();
  let json: unknown = null;
  try {
    json = body ? JSON.parse(body) : null;
  } catch {
    json = null;
  }
  return { status: response.status, headers: response.headers, body, json };
}

/** A file the API sends as an attachment (an export ZIP), read as a blob so binary bytes survive. */
export async function apiFetchBlob(url: string): Promise<Blob> {
  return (await authorizedFetch(url, { headers: { Accept: '*/*' } })).blob();
}

/** The raw response of a request with the bearer token, refreshed once on a 401; throws unless ok. */
async function authorizedFetch(url: string, options: fetchUtils.Options): Promise<Response> {
  let session = readSession();
  if (session && session.accessTokenExpiresAt - EXPIRY_MARGIN_MS < Date.now()) {
    session = (await refreshSession()) ?? readSession();
  }
  let response = await send(url, options, session);
  if (response.status === 401 && session) {
    const current = readSession();
    // Another request may already have rotated the tokens while this one was in flight.
    const retryWith = current && current.accessToken !== session.accessToken ? current : await refreshSession();
    if (retryWith) response = await send(url, options, retryWith);
  }
  if (!response.ok) throw await httpErrorOf(response);
  return response;
}
