import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks text sealed with AES-256-GCM under the outbox key; the version lets the scheme change later. */
const PREFIX = 'v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * A message's real text while it waits to be sent, encrypted so that a reader of the database
 * (a backup, a replica, an administrator) finds no live link or code in it. Authenticated: a
 * changed byte fails to open rather than sending something else.
 */
export function seal(key: Buffer, text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const encrypted = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');
}

/**
 * The text `seal` made. Text without the prefix was sealed before encryption (messages queued
 * across the upgrade) and is returned as it is.
 */
export function unseal(key: Buffer, sealed: string): string {
  if (!sealed.startsWith(PREFIX)) return sealed;
  const bytes = Buffer.from(sealed.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}
