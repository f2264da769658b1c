import { AccessError, AccessErrorCode } from './access.errors.js';

/** How a session was authenticated, as RFC 8176 `amr` values (the access token's `amr` claim). */
export type AuthMethod = 'pwd' | 'otp';

export const PASSWORD_ONLY: readonly AuthMethod[] = ['pwd'];
/** A TOTP code or a recovery code: both are one-time codes, so both count as `otp`. */
export const WITH_SECOND_FACTOR: readonly AuthMethod[] = ['pwd', 'otp'];

export const hasSecondFactor = (amr: readonly string[]): boolean => amr.includes('otp');

/** Staff access needs a session signed in with a second factor. */
export const secondFactorRequired = () =>
  new AccessError(AccessErrorCode.SecondFactorRequired, 'Staff access needs a sign-in with a second factor: sign in again with your password and your authenticator code');
