import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum StorageErrorCode {
  Empty = 'file_empty',
  TooLarge = 'file_too_large',
  TypeNotAccepted = 'file_type_not_accepted',
  Unreadable = 'image_unreadable',
  TooManyPixels = 'image_too_many_pixels',
  NotFound = 'file_not_found',
}

const STATUS: Record<StorageErrorCode, HttpStatus> = {
  [StorageErrorCode.Empty]: HttpStatus.BAD_REQUEST,
  [StorageErrorCode.TooLarge]: HttpStatus.PAYLOAD_TOO_LARGE,
  [StorageErrorCode.TypeNotAccepted]: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  [StorageErrorCode.Unreadable]: HttpStatus.BAD_REQUEST,
  [StorageErrorCode.TooManyPixels]: HttpStatus.PAYLOAD_TOO_LARGE,
  [StorageErrorCode.NotFound]: HttpStatus.NOT_FOUND,
};

export class StorageError extends DomainError<StorageErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
