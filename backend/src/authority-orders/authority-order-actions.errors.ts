import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum AuthorityOrderActionErrorCode {
  NotAllowed = 'order_action_not_allowed',
  NotActionable = 'order_not_actionable',
  OutOfScope = 'item_not_in_order_scope',
  ItemNotFound = 'order_item_not_found',
  FieldRequired = 'order_action_field_required',
  NotUploadable = 'order_document_not_allowed',
  DocumentNotFound = 'order_document_not_found',
}

const STATUS: Record<AuthorityOrderActionErrorCode, HttpStatus> = {
  [AuthorityOrderActionErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
  [AuthorityOrderActionErrorCode.NotActionable]: HttpStatus.CONFLICT,
  [AuthorityOrderActionErrorCode.OutOfScope]: HttpStatus.UNPROCESSABLE_ENTITY,
  [AuthorityOrderActionErrorCode.ItemNotFound]: HttpStatus.UNPROCESSABLE_ENTITY,
  [AuthorityOrderActionErrorCode.FieldRequired]: HttpStatus.BAD_REQUEST,
  [AuthorityOrderActionErrorCode.NotUploadable]: HttpStatus.FORBIDDEN,
  [AuthorityOrderActionErrorCode.DocumentNotFound]: HttpStatus.NOT_FOUND,
};

/** Errors of acting on orders, their documents and deadlines. */
export class AuthorityOrderActionError extends DomainError<AuthorityOrderActionErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
