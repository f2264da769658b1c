import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum ContentErrorCode {
  NotFound = 'content_not_found',
  NotAllowed = 'not_allowed',
  OutsideMunicipality = 'position_outside_municipality',
  UnknownPlace = 'position_unknown_municipality',
  ImageNotFound = 'image_not_found',
  StatusUnchanged = 'status_unchanged',
  UploadLimit = 'upload_limit_reached',
  TipAlreadyAnswered = 'tip_already_answered',
  TipClosed = 'tip_closed',
}

const STATUS: Record<ContentErrorCode, HttpStatus> = {
  [ContentErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [ContentErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
  [ContentErrorCode.OutsideMunicipality]: HttpStatus.BAD_REQUEST,
  [ContentErrorCode.UnknownPlace]: HttpStatus.BAD_REQUEST,
  [ContentErrorCode.ImageNotFound]: HttpStatus.BAD_REQUEST,
  [ContentErrorCode.StatusUnchanged]: HttpStatus.CONFLICT,
  [ContentErrorCode.UploadLimit]: HttpStatus.TOO_MANY_REQUESTS,
  [ContentErrorCode.TipAlreadyAnswered]: HttpStatus.CONFLICT,
  [ContentErrorCode.TipClosed]: HttpStatus.CONFLICT,
};

export class ContentError extends DomainError<ContentErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
