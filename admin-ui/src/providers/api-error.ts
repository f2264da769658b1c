import { HttpError } from 'react-admin';

/** The backend's error body: `message` is a sentence or, for validation errors, a list of them. */
interface ApiErrorBody {
  statusCode?: number;
  error?: string;
  message?: string | string[];
}

/** The message a person should read for an API error body, or the HTTP status text. */
export function messageOf(body: unknown, fallback: string): string {
  const message = (body as ApiErrorBody | null | undefined)?.message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string' && message.length > 0) return message;
  return fallback;
}

/** Turns a failed response into the HttpError react-admin notifies (it shows `error.message`). */
export async function httpErrorOf(response: Response): Promise<HttpError> {
  const body = await parseJson(response);
  return new HttpError(messageOf(body, response.statusText || `HTTP ${response.status}`), response.status, body);
}

export async function parseJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
