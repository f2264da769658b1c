import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { KeyPurpose } from './key-purpose.js';
import { deriveKey, Keys } from './keys.js';

describe(Keys.name, () => {
  const secret = randomBytes(32).toString('hex');
  const keys = new Keys(secret);

  it('derives a different 256-bit key for every purpose, none of them the secret', () => {
    const all = Object.values(KeyPurpose).map((purpose) => keys.for(purpose).toString('hex'));
    expect(new Set(all).size).toBe(all.length);
    for (const key of all) {
      expect(key).toHaveLength(64);
      expect(key).not.toBe(Buffer.from(secret).toString('hex'));
      expect(Buffer.from(key, 'hex').toString('utf8')).not.toBe(secret);
    }
    expect(keys.for(KeyPurpose.DomainProofCode).equals(keys.for(KeyPurpose.ReviewerRef))).toBe(false);
  });

  it('gives the same keys for the same secret (they are derived, not random) and other keys for another secret', () => {
    expect(new Keys(secret).for(KeyPurpose.AccessToken).equals(keys.for(KeyPurpose.AccessToken))).toBe(true);
    expect(deriveKey(randomBytes(32).toString('hex'), KeyPurpose.AccessToken).equals(keys.for(KeyPurpose.AccessToken))).toBe(false);
  });

  it('keeps the derivation fixed (RFC 5869 HKDF-SHA256, salt samverka-keys-v1, info the purpose): a change would orphan what was made', () => {
    expect(deriveKey('x'.repeat(32), KeyPurpose.ReviewerRef).toString('hex')).toBe('0241d290d003ba0511bd0290bacbf846399b6c6d8c0eb1d982e0375f667c24e6');
  });
});
