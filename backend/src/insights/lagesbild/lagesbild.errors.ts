import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../../platform/http/domain-error.js';

export enum LagesbildErrorCode {
  NotFound = 'lagesbild_not_found',
  MunicipalityOutOfScope = 'lagesbild_municipality_out_of_scope',
  MunicipalityUnknown = 'lagesbild_municipality_unknown',
}

const STATUS: Record<LagesbildErrorCode, HttpStatus> = {
  // Another municipality's report is answered as if it did not exist.
  [LagesbildErrorCode.NotFound]: HttpStatus.NOT_FOUND,
  [LagesbildErrorCode.MunicipalityOutOfScope]: HttpStatus.FORBIDDEN,
  [LagesbildErrorCode.MunicipalityUnknown]: HttpStatus.BAD_REQUEST,
};

export class LagesbildError extends DomainError<LagesbildErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
