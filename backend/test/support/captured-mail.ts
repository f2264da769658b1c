import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { waitFor } from './wait-for.js';

/** The links of the account e-mails, and the templates that carry each. */
export type AccountLinkKind = 'confirm-email' | 'reset-password' | 'invitation';
export const ACCOUNT_LINK_TEMPLATES: Record<AccountLinkKind, string[]> = {
  'confirm-email': ['account-confirm'],
  'reset-password': ['account-exists', 'password-reset'],
  invitation: ['staff-invitation'],
};

/**
 * The whole text of a captured e-mail as it reached the mailbox (MAIL_CAPTURE_DIR), waiting for
 * the worker to deliver it. The outbox row only keeps the text with secrets hidden, so this is
 * where a test reads a link, as the recipient would.
 */
export function capturedMail(dir: string, messageId: string, ms = 20_000): Promise<string> {
  return waitFor(() => readFile(join(dir, `${messageId}.txt`), 'utf8').catch(() => undefined), `e-mail ${messageId} in ${dir}`, ms);
}

/** The token of the `kind` link in an e-mail's text. */
export function linkToken(text: string, kind: AccountLinkKind): string {
  const token = new RegExp(`/#/${kind}/([A-Za-z0-9_-]+)`).exec(text)?.[1];
  if (!token) throw new Error(`no ${kind} link in the e-mail:\n${text}`);
  return token;
}

/** The request id and token of the erasure certificate link in an e-mail's text. */
export function certificateLink(text: string): { requestId: string; token: string } {
  const match = /\/#\/erasure-certificate\/([0-9a-f-]{36})\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`no erasure certificate link in the e-mail:\n${text}`);
  return { requestId: match[1], token: match[2] };
}
