import { HttpError, type TranslateFunction } from 'react-admin';

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

/**
 * A refusal from the API in words: the console's own message (in the reader's language) for the
 * codes in `explained`, the server's message otherwise.
 */
export function wordedRefusal(error: unknown, translate: TranslateFunction, explained: Readonly<Record<string, string>>): string {
  const code = (error as { body?: { code?: unknown } } | undefined)?.body?.code;
  if (typeof code === 'string' && Object.hasOwn(explained, code)) return translate(explained[code]);
  return (error as Error | undefined)?.message || translate('ra.notification.http_error');
}
