import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum OrganisationsErrorCode {
  OrganisationNotFound = 'organisation_not_found',
  ApplicationNotFound = 'application_not_found',
  BadgeNotFound = 'badge_not_found',
  MemberNotFound = 'member_not_found',
  EvidenceNotFound = 'evidence_not_found',
  AllowedDomainNotFound = 'allowed_domain_not_found',
  MunicipalityNotFound = 'municipality_not_found',
  InvalidOrganisationNumber = 'invalid_organisation_number',
  FieldsMissing = 'fields_missing',
  DomainRequired = 'email_domain_required',
  DomainNotAllowed = 'email_domain_not_allowed',
  AddressNotAtDomain = 'address_not_at_domain',
  AllowedDomainTaken = 'allowed_domain_taken',
  ApplicationOpen = 'application_already_open',
  InvalidStatusTransition = 'invalid_status_transition',
  DomainProofMissing = 'domain_proof_missing',
  DomainProofNotRequested = 'domain_proof_not_requested',
  CodeWrong = 'code_wrong',
  CodeExpired = 'code_expired',
  TooManyAttempts = 'code_too_many_attempts',
  EvidenceMissing = 'evidence_missing',
  TooMuchEvidence = 'too_much_evidence',
  OwnApplication = 'own_application',
  MemberOfOrganisation = 'member_of_organisation',
  NotInScope = 'not_in_scope',
  AlreadyApprovedByYou = 'already_approved_by_you',
  NotAllowed = 'not_allowed',
  AlreadyMember = 'already_member',
  UserNotFound = 'user_not_found',
  LastAdmin = 'last_admin',
}

const STATUS: Record<OrganisationsErrorCode, HttpStatus> = {
  [OrganisationsErrorCode.OrganisationNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.ApplicationNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.BadgeNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.MemberNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.EvidenceNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.AllowedDomainNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.MunicipalityNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.UserNotFound]: HttpStatus.NOT_FOUND,
  [OrganisationsErrorCode.InvalidOrganisationNumber]: HttpStatus.BAD_REQUEST,
  [OrganisationsErrorCode.FieldsMissing]: HttpStatus.BAD_REQUEST,
  [OrganisationsErrorCode.DomainRequired]: HttpStatus.BAD_REQUEST,
  [OrganisationsErrorCode.DomainNotAllowed]: HttpStatus.UNPROCESSABLE_ENTITY,
  [OrganisationsErrorCode.AddressNotAtDomain]: HttpStatus.UNPROCESSABLE_ENTITY,
  [OrganisationsErrorCode.AllowedDomainTaken]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.ApplicationOpen]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.InvalidStatusTransition]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.DomainProofMissing]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.DomainProofNotRequested]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.CodeWrong]: HttpStatus.UNPROCESSABLE_ENTITY,
  [OrganisationsErrorCode.CodeExpired]: HttpStatus.GONE,
  [OrganisationsErrorCode.TooManyAttempts]: HttpStatus.TOO_MANY_REQUESTS,
  [OrganisationsErrorCode.EvidenceMissing]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.TooMuchEvidence]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.OwnApplication]: HttpStatus.FORBIDDEN,
  [OrganisationsErrorCode.MemberOfOrganisation]: HttpStatus.FORBIDDEN,
  [OrganisationsErrorCode.NotInScope]: HttpStatus.FORBIDDEN,
  [OrganisationsErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
  [OrganisationsErrorCode.AlreadyApprovedByYou]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.AlreadyMember]: HttpStatus.CONFLICT,
  [OrganisationsErrorCode.LastAdmin]: HttpStatus.CONFLICT,
};

export class OrganisationsError extends DomainError<OrganisationsErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
