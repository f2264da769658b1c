import { AccessError, AccessErrorCode } from '../access.errors.js';
import { type PasswordOwner, passwordWeakness } from './password-strength.js';

/**
 * Refuses (400 `password_too_weak`, naming the field) a password that is easy to guess for its
 * owner. Called wherever a password is set, before argon2 runs and before anything is written.
 */
export function assertStrongPassword(password: string, owner: PasswordOwner): void {
  const weakness = passwordWeakness(password, owner);
  if (weakness) throw new AccessError(AccessErrorCode.PasswordTooWeak, weakness);
}
