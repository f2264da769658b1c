import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  GROUP_ROLES,
  INTERVENTION_GROUNDS,
  JOIN_REQUEST_STATUSES,
  type GroupBanRecord,
  type GroupInvitationRecord,
  type GroupMemberRecord,
  type GroupRole,
  type InterventionGround,
  type InterventionRecord,
  type JoinRequestRecord,
  type JoinRequestStatus,
} from '@samverka/shared';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, Max, Min, MinDate } from 'class-validator';
import { EnumField, ReasonField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class JoinGroupDto {
  @TextField({ min: 0, max: 1000, required: false, description: 'A word to the admins of a locked group' }) message?: string;
}

export class JoinDecisionDto {
  @TextField({ min: 0, max: 1000, required: false, description: 'Told to the applicant' }) reason?: string;
}

export class OptionalReasonDto {
  @TextField({ min: 0, max: 1000, required: false }) reason?: string;
}

export class SetRoleDto {
  @IsIn(['admin', 'member'], { message: 'role must be admin or member' }) @ApiProperty({ enum: ['admin', 'member'] }) role: 'admin' | 'member';
}

export class CreateBanDto {
  @UuidField() groupId: string;
  @UuidField() userId: string;
  @ReasonField() reason: string;
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'expiresAt must be a date' })
  @MinDate(() => new Date(), { message: 'expiresAt must be in the future' })
  @ApiPropertyOptional({ format: 'date-time', description: 'Omit for a ban until lifted' })
  expiresAt?: Date;
}

export class CreateInvitationDto {
  @UuidField() groupId: string;
  @Type(() => Number)
  @IsInt({ message: 'expiresInHours must be a whole number' })
  @Min(1)
  @Max(720, { message: 'expiresInHours must be at most 720 (30 days)' })
  @ApiProperty({ minimum: 1, maximum: 720, example: 168 })
  expiresInHours: number;
  @Type(() => Number)
  @IsInt({ message: 'maxUses must be a whole number' })
  @Min(1)
  @Max(1000)
  @ApiProperty({ minimum: 1, maximum: 1000, example: 20 })
  maxUses: number;
}

export class AcceptInvitationTokenDto {
  @TextField({ min: 10, max: 100 }) token: string;
}

export class OpenInterventionDto {
  @UuidField() groupId: string;
  @EnumField(INTERVENTION_GROUNDS) ground: InterventionGround;
  @TextField({ min: 10, max: 2000, description: 'Why the platform steps in; kept in the audit log' }) reason: string;
}

export class CloseInterventionDto {
  @TextField({ min: 3, max: 2000, description: 'What was found and done' }) outcome: string;
}

export class GroupScopedFilterDto {
  @UuidField(false) groupId?: string;
  @UuidListField(false) id?: string[];
}

export class MemberFilterDto extends GroupScopedFilterDto {
  @EnumField(GROUP_ROLES, false) role?: GroupRole;
  @UuidField(false) userId?: string;
}

export class JoinRequestFilterDto extends GroupScopedFilterDto {
  @EnumField(JOIN_REQUEST_STATUSES, false) status?: JoinRequestStatus;
}

export class BanFilterDto extends GroupScopedFilterDto {
  @IsOptional() @IsBoolean({ message: 'active must be true or false' }) @ApiPropertyOptional() active?: boolean;
}

export class InterventionFilterDto extends GroupScopedFilterDto {
  @IsOptional() @IsBoolean({ message: 'open must be true or false' }) @ApiPropertyOptional() open?: boolean;
}

const spec = <F extends object>(resource: string, sortable: string[], field: string, filter: new () => F, order: 'ASC' | 'DESC' = 'DESC'): ListSpec<F> => ({
  resource,
  sortable,
  defaultSort: { field, order },
  filter,
});
export const MEMBERS_LIST = spec('group-members', ['joinedAt', 'roleSince', 'role'], 'joinedAt', MemberFilterDto, 'ASC');
export const JOIN_REQUESTS_LIST = spec('group-join-requests', ['createdAt', 'status'], 'createdAt', JoinRequestFilterDto, 'ASC');
export const INVITATIONS_LIST = spec('group-invitations', ['createdAt', 'expiresAt'], 'createdAt', GroupScopedFilterDto);
export const BANS_LIST = spec('group-bans', ['createdAt', 'expiresAt'], 'createdAt', BanFilterDto);
export const INTERVENTIONS_LIST = spec('group-interventions', ['openedAt', 'closedAt'], 'openedAt', InterventionFilterDto);

export class GroupMemberDto implements GroupMemberRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: GROUP_ROLES }) role: GroupRole;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
  @ApiProperty({ format: 'date-time' }) roleSince: string;
  @ApiProperty({ format: 'date-time', description: 'When the person joined the platform' }) memberSince: string;
  @ApiProperty({ type: String, nullable: true, description: 'Their home municipality' }) municipalityName: string | null;
  @ApiProperty({ description: 'Other groups the person shares with the caller' }) mutualGroups: number;
}

export class JoinRequestDto implements JoinRequestRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) message: string | null;
  @ApiProperty({ enum: JOIN_REQUEST_STATUSES }) status: JoinRequestStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decidedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the person joined the platform' }) memberSince: string;
  @ApiProperty({ type: String, nullable: true, description: 'Their home municipality' }) municipalityName: string | null;
  @ApiProperty({ description: 'Other groups the person shares with the caller' }) mutualGroups: number;
}

export class GroupInvitationDto implements GroupInvitationRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty() maxUses: number;
  @ApiProperty() uses: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
  @ApiProperty() usable: boolean;
}

export class CreatedInvitationDto extends GroupInvitationDto {
  @ApiProperty({ description: 'The link to share; shown only now' }) url: string;
  @ApiProperty({ description: 'The token in the link; shown only now' }) token: string;
}

export class GroupBanDto implements GroupBanRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() displayName: string;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) bannedBy: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) liftedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) liftedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) liftedByName: string | null;
  @ApiProperty({ type: String, nullable: true }) liftReason: string | null;
  @ApiProperty() active: boolean;
}

export class InterventionDto implements InterventionRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) groupId: string;
  @ApiProperty({ enum: INTERVENTION_GROUNDS }) ground: InterventionGround;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) openedBy: string | null;
  @ApiProperty({ format: 'date-time' }) openedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) closedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) outcome: string | null;
}

export class JoinOutcomeDto {
  @ApiProperty({ description: 'True for an open group (or an invitation); false when a request awaits the admins' }) joined: boolean;
  @ApiPropertyOptional({ format: 'uuid' }) membershipId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) requestId?: string;
}
