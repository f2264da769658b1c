import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum AuthorityOrderErrorCode {
  NotFound = 'authority_order_not_found',
  NotYourOrganisation = 'issuing_organisation_not_yours',
  IssuerRequired = 'issuing_authority_required',
  UnknownOrganisation = 'issuing_organisation_not_found',
  DeadlinePassed = 'deadline_in_the_past',
  IllegalTransition = 'illegal_order_transition',
  NotAllowed = 'order_action_not_allowed',
}

const STATUS: Record<AuthorityOrderErrorCode, HttpStatus> = {
  [AuthorityOrderErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [AuthorityOrderErrorCode.NotYourOrganisation]: HttpStatus.FORBIDDEN,
  [AuthorityOrderErrorCode.IssuerRequired]: HttpStatus.BAD_REQUEST,
  [AuthorityOrderErrorCode.UnknownOrganisation]: HttpStatus.BAD_REQUEST,
  [AuthorityOrderErrorCode.DeadlinePassed]: HttpStatus.BAD_REQUEST,
  [AuthorityOrderErrorCode.IllegalTransition]: HttpStatus.CONFLICT,
  [AuthorityOrderErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
};

export class AuthorityOrderError extends DomainError<AuthorityOrderErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
