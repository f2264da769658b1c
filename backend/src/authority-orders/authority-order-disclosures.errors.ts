import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

/** Four eyes on information orders and the one-time disclosure of their data. */
export enum DisclosureErrorCode {
  NotAnInformationOrder = 'not_an_information_order',
  NotInReview = 'order_not_in_review',
  AlreadyConfirmed = 'order_already_confirmed',
  SamePerson = 'four_eyes_same_person',
  NotConfirmed = 'order_not_confirmed',
  ConfirmationNotFound = 'confirmation_not_found',
  NoRecipient = 'order_has_no_recipient_organisation',
  AlreadyMade = 'disclosure_already_made',
  NotFound = 'disclosure_not_found',
  AlreadyDownloaded = 'disclosure_already_downloaded',
  SecrecyInThePast = 'secret_until_in_the_past',
  SecrecyIncomplete = 'secrecy_needs_date_and_reason',
  NotAllowed = 'disclosure_action_not_allowed',
}

const STATUS: Record<DisclosureErrorCode, HttpStatus> = {
  [DisclosureErrorCode.NotAnInformationOrder]: HttpStatus.CONFLICT,
  [DisclosureErrorCode.NotInReview]: HttpStatus.CONFLICT,
  [DisclosureErrorCode.AlreadyConfirmed]: HttpStatus.CONFLICT,
  [DisclosureErrorCode.SamePerson]: HttpStatus.FORBIDDEN,
  [DisclosureErrorCode.NotConfirmed]: HttpStatus.CONFLICT,
  [DisclosureErrorCode.ConfirmationNotFound]: HttpStatus.NOT_FOUND,
  [DisclosureErrorCode.NoRecipient]: HttpStatus.CONFLICT,
  [DisclosureErrorCode.AlreadyMade]: HttpStatus.CONFLICT,
  [DisclosureErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [DisclosureErrorCode.AlreadyDownloaded]: HttpStatus.GONE,
  [DisclosureErrorCode.SecrecyInThePast]: HttpStatus.BAD_REQUEST,
  [DisclosureErrorCode.SecrecyIncomplete]: HttpStatus.BAD_REQUEST,
  [DisclosureErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
};

export class DisclosureError extends DomainError<DisclosureErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
