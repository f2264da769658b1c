import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum PrivacyErrorCode {
  PurposeNotFound = 'purpose_not_found',
  VersionMismatch = 'consent_version_mismatch',
  RequiredPurpose = 'purpose_required',
  RequestNotFound = 'request_not_found',
  UserNotFound = 'user_not_found',
  WrongPassword = 'reauthentication_failed',
  ErasurePending = 'erasure_already_requested',
  NotCancellable = 'request_not_cancellable',
  RequestClosed = 'request_closed',
  ExtensionNotAllowed = 'extension_not_allowed',
  ResultNotReady = 'result_not_ready',
  ResultExpired = 'result_expired',
  ResultMissing = 'result_missing',
  HoldNotFound = 'legal_hold_not_found',
  HoldItemNotFound = 'held_item_not_found',
  RetentionKindNotFound = 'retention_kind_not_found',
  PurposeExists = 'purpose_exists',
  NotYetDue = 'erasure_not_yet_due',
  RestrictionNotInForce = 'restriction_not_in_force',
  CertificateNotFound = 'erasure_certificate_not_found',
}

const STATUS: Record<PrivacyErrorCode, HttpStatus> = {
  [PrivacyErrorCode.PurposeNotFound]: HttpStatus.NOT_FOUND,
  [PrivacyErrorCode.VersionMismatch]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.RequiredPurpose]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.RequestNotFound]: HttpStatus.NOT_FOUND,
  [PrivacyErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [PrivacyErrorCode.WrongPassword]: HttpStatus.FORBIDDEN,
  [PrivacyErrorCode.ErasurePending]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.NotCancellable]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.RequestClosed]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.ExtensionNotAllowed]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.ResultNotReady]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.ResultExpired]: HttpStatus.GONE,
  [PrivacyErrorCode.ResultMissing]: HttpStatus.NOT_FOUND,
  [PrivacyErrorCode.HoldNotFound]: HttpStatus.NOT_FOUND,
  [PrivacyErrorCode.HoldItemNotFound]: HttpStatus.BAD_REQUEST,
  [PrivacyErrorCode.RetentionKindNotFound]: HttpStatus.NOT_FOUND,
  [PrivacyErrorCode.PurposeExists]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.NotYetDue]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.RestrictionNotInForce]: HttpStatus.CONFLICT,
  [PrivacyErrorCode.CertificateNotFound]: HttpStatus.NOT_FOUND,
};

export class PrivacyError extends DomainError<PrivacyErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
