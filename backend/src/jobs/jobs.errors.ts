import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum JobsErrorCode {
  NotAllowed = 'jobs_not_allowed',
  QueueUnknown = 'queue_unknown',
  JobNotFound = 'job_not_found',
  JobNotFailed = 'job_not_failed',
}

const STATUS: Record<JobsErrorCode, HttpStatus> = {
  [JobsErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
  [JobsErrorCode.QueueUnknown]: HttpStatus.NOT_FOUND,
  [JobsErrorCode.JobNotFound]: HttpStatus.NOT_FOUND,
  [JobsErrorCode.JobNotFailed]: HttpStatus.CONFLICT,
};

export class JobsError extends DomainError<JobsErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
