import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum InsightsErrorCode {
  ChartNotForRole = 'chart_not_for_role',
  MunicipalityOutOfScope = 'municipality_out_of_scope',
  PeriodInvalid = 'period_invalid',
  PeriodTooLong = 'period_too_long',
}

const STATUS: Record<InsightsErrorCode, HttpStatus> = {
  [InsightsErrorCode.ChartNotForRole]: HttpStatus.FORBIDDEN,
  [InsightsErrorCode.MunicipalityOutOfScope]: HttpStatus.FORBIDDEN,
  [InsightsErrorCode.PeriodInvalid]: HttpStatus.BAD_REQUEST,
  [InsightsErrorCode.PeriodTooLong]: HttpStatus.BAD_REQUEST,
};

export class InsightsError extends DomainError<InsightsErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
