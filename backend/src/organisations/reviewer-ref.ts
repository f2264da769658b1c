import { createHmac } from 'node:crypto';

/**
 * A reviewer's pseudonym on badges (`R-` and 8 hex digits): the same person always gets the same
 * one under a key, and it cannot be reversed without the key.
 */
export const reviewerRefUnder = (key: Buffer | string, userId: string): string => `R-${createHmac('sha256', key).update(`reviewer:${userId}`).digest('hex').slice(0, 8).toUpperCase()}`;
