import type { Language } from '@samverka/shared';
import type { Response } from 'express';

/**
 * How long each answer may be kept. A found badge, whatever its state, at most a minute, by any
 * cache: a badge revoked now stops looking valid everywhere within that minute. An unknown code
 * or a refusal is never kept (nothing to gain, and a cache full of guesses is its own problem).
 */
export const CACHE = {
  found: 'public, max-age=60, must-revalidate',
  never: 'no-store',
  form: 'public, max-age=300',
  styles: 'public, max-age=31536000, immutable',
} as const;

/** A page to send: its status, how long it may be cached, its language, and either HTML or where to go instead. */
export type PageAnswer = { status: number; cacheControl: string; language: Language } & ({ html: string } | { location: string });

/** Sends a page; search engines are asked not to index it (an emblem's page names its holder). */
export function sendPage(response: Response, answer: PageAnswer): void {
  response.status(answer.status).set({ 'Cache-Control': answer.cacheControl, 'Content-Language': answer.language, 'X-Robots-Tag': 'noindex, nofollow' });
  if ('location' in answer) response.redirect(answer.status, answer.location);
  else response.type('html').send(answer.html);
}
