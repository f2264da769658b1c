import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum NotifyErrorCode {
  NotificationNotFound = 'notification_not_found',
}

const STATUS: Record<NotifyErrorCode, HttpStatus> = {
  [NotifyErrorCode.NotificationNotFound]: HttpStatus.NOT_FOUND,
};

export class NotifyError extends DomainError<NotifyErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
