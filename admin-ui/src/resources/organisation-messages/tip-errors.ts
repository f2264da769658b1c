import type { TranslateFunction } from 'react-admin';

/** The inbox API's refusals the console words itself (a colleague got there first); others keep the server's message. */
const EXPLAINED: Readonly<Record<string, string>> = {
  tip_already_answered: 'samverka.tips.errors.already_answered',
  tip_closed: 'samverka.tips.errors.closed',
  status_unchanged: 'samverka.tips.errors.unchanged',
};

export function tipRefusal(error: unknown, translate: TranslateFunction): string {
  const code = (error as { body?: { code?: unknown } } | undefined)?.body?.code;
  if (typeof code === 'string' && code in EXPLAINED) return translate(EXPLAINED[code]);
  return (error as Error | undefined)?.message || translate('ra.notification.http_error');
}
