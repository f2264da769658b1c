import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum IdentityErrorCode {
  UserNotFound = 'user_not_found',
  EmailTaken = 'email_taken',
  MunicipalityNotFound = 'municipality_not_found',
  MunicipalityCodeTaken = 'municipality_code_taken',
  MunicipalityNameTaken = 'municipality_name_taken',
  CoordinatorNeedsMunicipality = 'coordinator_needs_municipality',
  ScopeWithoutCoordinatorRole = 'scope_without_coordinator_role',
  LastPlatformOwner = 'last_platform_owner',
  CannotActOnSelf = 'cannot_act_on_self',
  NotAllowed = 'not_allowed',
  InvalidStatusTransition = 'invalid_status_transition',
}

const STATUS: Record<IdentityErrorCode, HttpStatus> = {
  [IdentityErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.MunicipalityNotFound]: HttpStatus.NOT_FOUND,
  [IdentityErrorCode.EmailTaken]: HttpStatus.CONFLICT,
  [IdentityErrorCode.MunicipalityCodeTaken]: HttpStatus.CONFLICT,
  [IdentityErrorCode.MunicipalityNameTaken]: HttpStatus.CONFLICT,
  [IdentityErrorCode.CoordinatorNeedsMunicipality]: HttpStatus.BAD_REQUEST,
  [IdentityErrorCode.ScopeWithoutCoordinatorRole]: HttpStatus.BAD_REQUEST,
  [IdentityErrorCode.LastPlatformOwner]: HttpStatus.CONFLICT,
  [IdentityErrorCode.CannotActOnSelf]: HttpStatus.CONFLICT,
  [IdentityErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
  [IdentityErrorCode.InvalidStatusTransition]: HttpStatus.CONFLICT,
};

export class IdentityError extends DomainError<IdentityErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
