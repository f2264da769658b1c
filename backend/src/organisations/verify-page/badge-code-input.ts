/** A badge code as it is printed: ten letters and digits in two groups (the demo's codes use 0 and 1 too). */
const PRINTED_CODE = /^[0-9A-Z]{5}-[0-9A-Z]{5}$/;
/** Longer than anyone types a code: refused before any work is done on it. */
const MAX_INPUT_LENGTH = 64;

export type CodeInput = { code: string } | { problem: 'empty' | 'malformed' };

/**
 * A code as a resident types it or a QR code carries it, in its printed form: any case, spaces
 * and a missing or typographic dash are forgiven ("k7m2q xr4pa" is K7M2Q-XR4PA); anything
 * else, a list of codes included, is malformed.
 */
export function readBadgeCode(input: unknown): CodeInput {
  if (typeof input !== 'string' || input.length > MAX_INPUT_LENGTH) return { problem: 'malformed' };
  const tidy = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\u00AD]+/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
  if (tidy === '') return { problem: 'empty' };
  const code = /^[0-9A-Z]{10}$/.test(tidy) ? `${tidy.slice(0, 5)}-${tidy.slice(5)}` : tidy;
  return PRINTED_CODE.test(code) ? { code } : { problem: 'malformed' };
}
