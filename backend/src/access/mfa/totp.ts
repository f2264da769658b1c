import { createCipheriv, createDecipheriv, createHash, randomBytes, randomInt } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';

export const TOTP_ISSUER = 'Samverka';

/** A new random base32 secret (160 bits, as RFC 4226 recommends). */
export const newTotpSecret = (): string => generateSecret({ length: 20 });

export const otpauthUri = (secret: string, label: string): string => generateURI({ issuer: TOTP_ISSUER, label, secret });

/** The current code; for tests and the demo seed's own check. */
export const currentTotp = (secret: string): Promise<string> => generate({ secret });

/**
 * The 30-second time step a code belongs to: the current step, or the one before or after
 * (clock drift). Null when the code matches none of them.
 */
export async function totpStep(secret: string, code: string): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({ secret, token: code, epochTolerance: 30 });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

const keyOf = (secretKey: string) => createHash('sha256').update(`samverka-mfa:${secretKey}`).digest();

/** TOTP secrets must be readable to check codes, so they are encrypted (AES-256-GCM), not hashed. */
export function encryptTotpSecret(secret: string, secretKey: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretKey), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function decryptTotpSecret(ciphertext: string, secretKey: string): string {
  const [version, iv, tag, body] = ciphertext.split('.');
  if (version !== 'v1' || !iv || !tag || !body) throw new Error('unknown TOTP secret format');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(secretKey), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** The letters of recovery codes: no 0/o, 1/l/i to confuse on paper. */
export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten recovery codes like `k3f9-x2mq-7tpa`: 59 random bits each, easy to type from paper. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = RECOVERY_CODE_ALPHABET;
  return Array.from({ length: count }, () => {
    // randomInt, not a byte modulo 31: 256 is not a multiple of 31, so that favoured 8 letters.
    const chars = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

/** Recovery codes are compared ignoring case, spaces and dashes. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '');
