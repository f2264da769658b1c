import { API_URL } from '../../providers/http-client';
import { messageOf, parseJson } from '../../providers/api-error';

/** What the backend answered to a signed-out account request: the status, its error code and message. */
export interface PublicAnswer {
  status: number;
  code?: string;
  message: string;
}

/**
 * POSTs to one of the public `auth/*` routes. No bearer token and no refresh: these pages are
 * used signed out. A network failure answers status 0.
 */
export async function postPublic(path: string, body: Record<string, string>): Promise<PublicAnswer> {
  try {
    const response = await fetch(`${API_URL}/auth/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await parseJson(response);
    return { status: response.status, code: (json as { code?: string } | null)?.code, message: messageOf(json, response.statusText) };
  } catch (error) {
    return { status: 0, message: (error as Error).message };
  }
}

export const succeeded = (answer: PublicAnswer) => answer.status >= 200 && answer.status < 300;

/** GETs a public route (`public/*`) without a session; a network failure answers status 0. */
export async function getPublic<T>(path: string): Promise<PublicAnswer & { body?: T }> {
  try {
    const response = await fetch(`${API_URL}/${path}`, { headers: { Accept: 'application/json' } });
    const json = await parseJson(response);
    return { status: response.status, code: (json as { code?: string } | null)?.code, message: messageOf(json, response.statusText), body: response.ok ? (json as T) : undefined };
  } catch (error) {
    return { status: 0, message: (error as Error).message };
  }
}
