import { STAFF_ROLES, type Role } from '@samverka/shared';
import { ArrayMinSize } from 'class-validator';
import { NameField, EmailField, EnumListField, UuidField, UuidListField } from '../../../platform/http/field-decorators.js';

/** A platform owner invites a staff member, who then chooses a password through the link. */
export class InviteUserDto {
  @EmailField() email: string;
  @NameField({ min: 2, max: 120, example: 'Anna Lind' }) displayName: string;
  @ArrayMinSize(1, { message: 'roles must name at least one role' })
  @EnumListField(STAFF_ROLES, true, 'Staff roles; citizens register themselves')
  roles: Role[];
  @UuidListField(false, 'Municipalities a coordinator serves (required for coordinators)') municipalityIds?: string[];
  @UuidField(false) homeMunicipalityId?: string;
}
