import { ROLES, type Role } from '@samverka/shared';
import { ArrayMinSize, IsOptional, ValidateIf } from 'class-validator';
import { NameField, EnumListField, ReasonField, UuidField, UuidListField } from '../../../platform/http/field-decorators.js';

export class UpdateUserDto {
  @NameField({ min: 2, max: 120, required: false }) displayName?: string;
  @IsOptional() @ArrayMinSize(1, { message: 'roles must name at least one role' }) @EnumListField(ROLES, false) roles?: Role[];
  @UuidListField(false, 'Municipalities a coordinator serves') municipalityIds?: string[];
  /** null clears it. */
  @ValidateIf((dto: UpdateUserDto) => dto.homeMunicipalityId !== null) @UuidField(false) homeMunicipalityId?: string | null;
  @ReasonField() reason: string;
}
