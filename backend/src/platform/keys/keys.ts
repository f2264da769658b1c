import { hkdfSync } from 'node:crypto';
import { KeyPurpose } from './key-purpose.js';

/** HKDF's salt: fixed, public, and only there to separate Samverka's keys from any other use of the secret. */
const SALT = 'samverka-keys-v1';

/** One 256-bit key for `purpose`, by HKDF-SHA256 (RFC 5869) from the secret. */
export const deriveKey = (secret: string, purpose: KeyPurpose): Buffer => Buffer.from(hkdfSync('sha256', secret, SALT, purpose, 32));

/**
 * The keys derived from JWT_SECRET, one per purpose, made once at start. Nothing else uses the
 * secret itself, except `legacySecret` for the transitions listed there.
 */
export class Keys {
  private readonly keys: ReadonlyMap<KeyPurpose, Buffer>;

  constructor(private readonly secret: string) {
    this.keys = new Map(Object.values(KeyPurpose).map((purpose) => [purpose, deriveKey(secret, purpose)]));
  }

  for(purpose: KeyPurpose): Buffer {
    const key = this.keys.get(purpose);
    if (!key) throw new Error(`no key for ${purpose}`);
    return key;
  }

  /**
   * The secret itself, as the HMAC key it used to be before these keys existed. Only for what
   * was stored under it: domain-proof codes sent before the upgrade (they live 30 minutes) and
   * the one-time re-keying of reviewer pseudonyms at start. Remove it with those.
   */
  get legacySecret(): string {
    return this.secret;
  }
}
