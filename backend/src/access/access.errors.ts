import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum AccessErrorCode {
  WrongCredentials = 'wrong_credentials',
  AccountSuspended = 'account_suspended',
  RefreshTokenInvalid = 'refresh_token_invalid',
  RefreshTokenReused = 'refresh_token_reused',
  InvitationInvalid = 'invitation_invalid',
  EmailTaken = 'email_taken',
  MunicipalityNotFound = 'municipality_not_found',
}

const STATUS: Record<AccessErrorCode, HttpStatus> = {
  [AccessErrorCode.WrongCredentials]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.AccountSuspended]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.RefreshTokenInvalid]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.RefreshTokenReused]: HttpStatus.UNAUTHORIZED,
  [AccessErrorCode.InvitationInvalid]: HttpStatus.BAD_REQUEST,
  [AccessErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [AccessErrorCode.MunicipalityNotFound]: HttpStatus.BAD_REQUEST,
};

export class AccessError extends DomainError<AccessErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
