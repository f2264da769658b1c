import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { seal, unseal } from './sealed-text.js';

describe('sealed e-mail text', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and shows nothing of the text while sealed', () => {
    const sealed = seal(key, 'Din kod: 482913');
    expect(sealed).toMatch(/^v1:/);
    expect(sealed).not.toContain('482913');
    expect(unseal(key, sealed)).toBe('Din kod: 482913');
  });

  it('seals the same text differently each time (a fresh nonce)', () => {
    expect(seal(key, 'samma')).not.toBe(seal(key, 'samma'));
  });

  it('refuses a sealed text that was changed, or another key', () => {
    const sealed = seal(key, 'Din kod: 482913');
    const bytes = Buffer.from(sealed.slice(3), 'base64');
    bytes[bytes.length - 1] ^= 1;
    expect(() => unseal(key, `v1:${bytes.toString('base64')}`)).toThrow();
    expect(() => unseal(randomBytes(32), sealed)).toThrow();
  });

  it('returns text sealed before encryption as it is', () => {
    expect(unseal(key, 'Din kod: 482913')).toBe('Din kod: 482913');
  });
});
