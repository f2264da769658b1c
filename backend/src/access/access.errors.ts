import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum AccessErrorCode {
  WrongCredentials = 'wrong_credentials',
  /** A suspended account's restricted session asked for a route that is not open to it. */
  AccountSuspended = 'account_suspended',
  /** Erased, deleted, or otherwise without access: no session at all. */
  AccountInactive = 'account_inactive',
  RefreshTokenInvalid = 'refresh_token_invalid',
  RefreshTokenReused = 'refresh_token_reused',
  InvitationInvalid = 'invitation_invalid',
  MunicipalityNotFound = 'municipality_not_found',
  TooManyAttempts = 'too_many_attempts',
  MfaTokenInvalid = 'mfa_token_invalid',
  MfaCodeWrong = 'mfa_code_wrong',
  MfaAlreadyEnrolled = 'mfa_already_enrolled',
  MfaNotStarted = 'mfa_not_started',
  MfaMandatory = 'mfa_mandatory',
  UserNotFound = 'user_not_found',
  SessionNotFound = 'session_not_found',
  SecondFactorRequired = 'second_factor_required',
  AccessTokenInvalid = 'access_token_invalid',
  RateLimited = 'rate_limited',
  EmailUnconfirmed = 'email_unconfirmed',
  ConfirmationInvalid = 'confirmation_invalid',
  PasswordResetInvalid = 'password_reset_invalid',
  PasswordTooWeak = 'password_too_weak',
}

const STATUS: Record<AccessErrorCode, HttpStatus> = {
  [AccessErrorCode.WrongCredentials]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.AccountSuspended]: HttpStatus.FORBIDDEN,
  [AccessErrorCode.AccountInactive]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.RefreshTokenInvalid]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.RefreshTokenReused]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.InvitationInvalid]: HttpStatus.BAD_REQUEST,
  [AccessErrorCode.MunicipalityNotFound]: HttpStatus.BAD_REQUEST,
  [AccessErrorCode.TooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [AccessErrorCode.MfaTokenInvalid]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.MfaCodeWrong]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.MfaAlreadyEnrolled]: HttpStatus.CONFLICT,
  [AccessErrorCode.MfaNotStarted]: HttpStatus.CONFLICT,
  [AccessErrorCode.MfaMandatory]: HttpStatus.FORBIDDEN,
  [AccessErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [AccessErrorCode.SessionNotFound]: HttpStatus.NOT_FOUND,
  [AccessErrorCode.SecondFactorRequired]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.AccessTokenInvalid]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.RateLimited]: HttpStatus.TOO_MANY_REQUESTS,
  [AccessErrorCode.EmailUnconfirmed]: HttpStatus.FORBIDDEN,
  [AccessErrorCode.ConfirmationInvalid]: HttpStatus.BAD_REQUEST,
  [AccessErrorCode.PasswordResetInvalid]: HttpStatus.BAD_REQUEST,
  [AccessErrorCode.PasswordTooWeak]: HttpStatus.BAD_REQUEST,
};

export class AccessError extends DomainError<AccessErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
