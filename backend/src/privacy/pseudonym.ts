import { createHmac } from 'node:crypto';

/**
 * A keyed pseudonym for a person, shaped as a UUID so that it fits the columns the id was in.
 * With the key (PRIVACY_PSEUDONYM_KEY), the platform can tell whether a given person was behind
 * an audit row, for example on a court's order; without it the row names nobody.
 */
export function pseudonymFor(key: string, userId: string): string {
  const hex = createHmac('sha256', key).update(userId).digest('hex').slice(0, 32).split('');
  hex[12] = '8'; // version 8: custom
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16); // RFC 4122 variant
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
