import { HttpStatus } from '@nestjs/common';
import { DomainError } from '../platform/http/domain-error.js';

export enum GroupsErrorCode {
  GroupNotFound = 'group_not_found',
  MemberNotFound = 'member_not_found',
  RequestNotFound = 'join_request_not_found',
  InvitationNotFound = 'invitation_not_found',
  BanNotFound = 'ban_not_found',
  InterventionNotFound = 'intervention_not_found',
  NotAllowed = 'not_allowed',
  AlreadyMember = 'already_member',
  NotMember = 'not_member',
  Banned = 'banned',
  RequestPending = 'join_request_pending',
  RequestDecided = 'join_request_decided',
  TooManyRequests = 'too_many_join_requests',
  InvitationUnusable = 'invitation_unusable',
  OwnerMustTransfer = 'owner_must_transfer',
  InvalidRoleChange = 'invalid_role_change',
  Archived = 'group_archived',
  PostingFrozen = 'posting_frozen',
  LockedByPlatform = 'locked_by_platform',
  InterventionOpen = 'intervention_already_open',
  InterventionClosed = 'intervention_closed',
  NotLocked = 'group_not_locked',
  PlaceInvalid = 'group_place_invalid',
  MunicipalityOutOfScope = 'municipality_out_of_scope',
}

const STATUS: Record<GroupsErrorCode, HttpStatus> = {
  [GroupsErrorCode.GroupNotFound]: HttpStatus.NOT_FOUND,
  [GroupsErrorCode.MemberNotFound]: HttpStatus.NOT_FOUND,
  [GroupsErrorCode.RequestNotFound]: HttpStatus.NOT_FOUND,
  [GroupsErrorCode.InvitationNotFound]: HttpStatus.NOT_FOUND,
  [GroupsErrorCode.BanNotFound]: HttpStatus.NOT_FOUND,
  [GroupsErrorCode.InterventionNotFound]: HttpStatus.NOT_FOUND,
  [GroupsErrorCode.NotAllowed]: HttpStatus.FORBIDDEN,
  [GroupsErrorCode.AlreadyMember]: HttpStatus.CONFLICT,
  [GroupsErrorCode.NotMember]: HttpStatus.CONFLICT,
  [GroupsErrorCode.Banned]: HttpStatus.FORBIDDEN,
  [GroupsErrorCode.RequestPending]: HttpStatus.CONFLICT,
  [GroupsErrorCode.RequestDecided]: HttpStatus.CONFLICT,
  [GroupsErrorCode.TooManyRequests]: HttpStatus.TOO_MANY_REQUESTS,
  [GroupsErrorCode.InvitationUnusable]: HttpStatus.GONE,
  [GroupsErrorCode.OwnerMustTransfer]: HttpStatus.CONFLICT,
  [GroupsErrorCode.InvalidRoleChange]: HttpStatus.CONFLICT,
  [GroupsErrorCode.Archived]: HttpStatus.CONFLICT,
  [GroupsErrorCode.PostingFrozen]: HttpStatus.CONFLICT,
  [GroupsErrorCode.LockedByPlatform]: HttpStatus.CONFLICT,
  [GroupsErrorCode.InterventionOpen]: HttpStatus.CONFLICT,
  [GroupsErrorCode.InterventionClosed]: HttpStatus.CONFLICT,
  [GroupsErrorCode.NotLocked]: HttpStatus.CONFLICT,
  [GroupsErrorCode.PlaceInvalid]: HttpStatus.BAD_REQUEST,
  [GroupsErrorCode.MunicipalityOutOfScope]: HttpStatus.FORBIDDEN,
};

export class GroupsError extends DomainError<GroupsErrorCode> {
  get httpStatus(): HttpStatus {
    return STATUS[this.code];
  }
}
