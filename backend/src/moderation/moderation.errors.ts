import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum ModerationErrorCode {
  ItemNotFound = 'item_not_found',
  CaseNotFound = 'case_not_found',
  ActionNotFound = 'action_not_found',
  AppealNotFound = 'appeal_not_found',
  AlreadyReported = 'already_reported',
  ReportingSuspended = 'reporting_suspended',
  TooManyNotices = 'too_many_notices',
  IllegalNeedsGround = 'illegal_needs_ground',
  CannotReportSelf = 'cannot_report_self',
  NotAllowed = 'not_allowed',
  StaleCase = 'case_changed',
  CaseClosed = 'case_closed',
  ClaimedByOther = 'claimed_by_other',
  ActionNotApplicable = 'action_not_applicable',
  AppealNotAllowed = 'appeal_not_allowed',
  AppealTooLate = 'appeal_too_late',
  SameModerator = 'same_moderator',
  AppealDecided = 'appeal_decided',
  /** The caller reported the case, or it is about them: someone else decides. */
  PartyToCase = 'party_to_case',
  /** Sanctions against a staff account are the platform owner's alone. */
  StaffSanctionOwnerOnly = 'staff_sanction_owner_only',
  /** A period whose start is not before its end. */
  PeriodInvalid = 'period_invalid',
  /** A period (or its statements) beyond what one answer may hold. */
  PeriodTooLong = 'period_too_long',
  /** An exported statement of reasons the DSA Transparency Database would refuse: our defect, never the caller's. */
  DsaStatementRefused = 'dsa_statement_refused',
}

const STATUS: Record<ModerationErrorCode, HttpStatus> = {
  [ModerationErrorCode.ItemNotFound]: HttpStatus.NOT_FOUND,
  [ModerationErrorCode.CaseNotFound]: HttpStatus.NOT_FOUND,
  [ModerationErrorCode.ActionNotFound]: HttpStatus.NOT_FOUND,
  [ModerationErrorCode.AppealNotFound]: HttpStatus.NOT_FOUND,
  [ModerationErrorCode.AlreadyReported]: HttpStatus.CONFLICT,
  [ModerationErrorCode.ReportingSuspended]: HttpStatus.FORBIDDEN,
  [ModerationErrorCode.TooManyNotices]: HttpStatus.TOO_MANY_REQUESTS,
  [ModerationErrorCode.IllegalNeedsGround]: HttpStatus.BAD_REQUEST,
  [ModerationErrorCode.CannotReportSelf]: HttpStatus.BAD_REQUEST,
  [ModerationErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
  [ModerationErrorCode.StaleCase]: HttpStatus.CONFLICT,
  [ModerationErrorCode.CaseClosed]: HttpStatus.CONFLICT,
  [ModerationErrorCode.ClaimedByOther]: HttpStatus.CONFLICT,
  [ModerationErrorCode.ActionNotApplicable]: HttpStatus.BAD_REQUEST,
  [ModerationErrorCode.AppealNotAllowed]: HttpStatus.FORBIDDEN,
  [ModerationErrorCode.AppealTooLate]: HttpStatus.CONFLICT,
  [ModerationErrorCode.SameModerator]: HttpStatus.CONFLICT,
  [ModerationErrorCode.AppealDecided]: HttpStatus.CONFLICT,
  [ModerationErrorCode.PartyToCase]: HttpStatus.FORBIDDEN,
  [ModerationErrorCode.StaffSanctionOwnerOnly]: HttpStatus.FORBIDDEN,
  [ModerationErrorCode.PeriodInvalid]: HttpStatus.BAD_REQUEST,
  [ModerationErrorCode.PeriodTooLong]: HttpStatus.BAD_REQUEST,
  [ModerationErrorCode.DsaStatementRefused]: HttpStatus.INTERNAL_SERVER_ERROR,
};

export class ModerationError extends DomainError<ModerationErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
