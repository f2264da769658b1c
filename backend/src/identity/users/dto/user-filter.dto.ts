import { ROLES, type Role, USER_STATUSES, type UserStatus } from '@samverka/shared';
import { EnumField, TextField, UuidField, UuidListField } from '../../../platform/http/field-decorators.js';
import type { ListSpec } from '../../../platform/http/simple-rest/list-query.js';

export class UserFilterDto {
  @TextField({ max: 200, required: false, description: 'Search in e-mail and name' }) q?: string;
  @EnumField(ROLES, false) role?: Role;
  @EnumField(USER_STATUSES, false) status?: UserStatus;
  @UuidField(false) homeMunicipalityId?: string;
  @UuidField(false, 'Coordinators serving this municipality') municipalityId?: string;
  @UuidListField(false) id?: string[];
}

export const USERS_LIST: ListSpec<UserFilterDto> = {
  resource: 'users',
  sortable: ['email', 'displayName', 'status', 'createdAt', 'lastSignInAt'],
  defaultSort: { field: 'createdAt', order: 'DESC' },
  filter: UserFilterDto,
};
