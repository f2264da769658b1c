import { createHash } from 'node:crypto';

/** One-time tokens (refresh, invitation) are random, so a plain sha256 is enough to store them. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
