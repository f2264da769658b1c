import type { TranslateFunction } from 'react-admin';

/** Refusals of the moderation API that the console explains in the person's language. */
const EXPLAINED = ['case_changed', 'case_closed', 'claimed_by_other', 'same_moderator', 'appeal_decided', 'not_allowed', 'action_not_applicable'];

/**
 * What to tell the moderator when the API refuses: our sentence for a known code, followed by the
 * server's own message (it names who decided or holds the case, and when).
 */
export function refusalMessage(error: unknown, translate: TranslateFunction): string {
  const message = (error as Error | undefined)?.message || translate('ra.notification.http_error');
  const code = ((error as { body?: { code?: unknown } } | undefined)?.body?.code ?? '') as string;
  if (!EXPLAINED.includes(code)) return message;
  return `${translate(`samverka.moderation.errors.${code}`)} (${message})`;
}

export const statusOf = (error: unknown): number | undefined => (error as { status?: number } | undefined)?.status;
