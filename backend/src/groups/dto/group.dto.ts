import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GROUP_KINDS, GROUP_ROLES, GROUP_STATUSES, GROUP_VISIBILITIES, type GroupKind, type GroupRecord, type GroupRole, type GroupStatus, type GroupVisibility } from '@samverka/shared';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { NameField, EnumField, TextField, UuidField, UuidListField } from '../../platform/http/field-decorators.js';
import type { ListSpec } from '../../platform/http/simple-rest/list-query.js';

export class CreateGroupDto {
  @NameField({ min: 2, max: 120, example: 'Grannsamverkan Märsta centrum' }) name: string;
  @TextField({ min: 0, max: 2000, required: false }) description?: string;
  @TextField({ min: 0, max: 1000, required: false, description: 'What the group is for' }) purpose?: string;
  @TextField({ min: 0, max: 4000, required: false, description: 'The group’s own rules, on top of the code of conduct' }) rulesText?: string;
  @UuidField() municipalityId: string;
  @UuidField(false) areaId?: string;
  @EnumField(GROUP_VISIBILITIES) visibility: GroupVisibility;
  @EnumField(GROUP_KINDS, false, 'municipal: coordinators only, in their municipalities') kind?: GroupKind;
}

export class UpdateGroupDto {
  @NameField({ min: 2, max: 120, required: false }) name?: string;
  @TextField({ min: 0, max: 2000, required: false }) description?: string;
  @TextField({ min: 0, max: 1000, required: false }) purpose?: string;
  @TextField({ min: 0, max: 4000, required: false }) rulesText?: string;
  @UuidField(false) areaId?: string;
  @EnumField(GROUP_VISIBILITIES, false) visibility?: GroupVisibility;
}

const bool = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class GroupFilterDto {
  @TextField({ max: 120, required: false, description: 'Search in the name' }) q?: string;
  @UuidField(false) municipalityId?: string;
  @EnumField(GROUP_VISIBILITIES, false) visibility?: GroupVisibility;
  @EnumField(GROUP_STATUSES, false) status?: GroupStatus;
  @EnumField(GROUP_KINDS, false) kind?: GroupKind;
  @IsOptional() @bool() @IsBoolean({ message: 'orphaned must be true or false' }) @ApiPropertyOptional() orphaned?: boolean;
  @EnumField(GROUP_ROLES, false, 'Only groups where the caller has this role') myRole?: GroupRole;
  @UuidListField(false) id?: string[];
}

export const GROUPS_LIST: ListSpec<GroupFilterDto> = {
  resource: 'groups',
  sortable: ['name', 'createdAt', 'lastActivityAt'],
  defaultSort: { field: 'name', order: 'ASC' },
  filter: GroupFilterDto,
};

export class GroupRecordDto implements GroupRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() purpose: string;
  @ApiProperty() rulesText: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) areaId: string | null;
  @ApiProperty({ enum: GROUP_VISIBILITIES }) visibility: GroupVisibility;
  @ApiProperty({ enum: GROUP_KINDS }) kind: GroupKind;
  @ApiProperty({ enum: GROUP_STATUSES }) status: GroupStatus;
  @ApiProperty() memberCount: number;
  @ApiProperty() pendingRequestCount: number;
  @ApiProperty() postingFrozen: boolean;
  @ApiProperty() lockedByPlatform: boolean;
  @ApiProperty({ description: 'No owner or admin left: the platform must find one' }) orphaned: boolean;
  @ApiProperty({ enum: GROUP_ROLES, nullable: true }) myRole: GroupRole | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) openInterventionId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastActivityAt: string;
}
