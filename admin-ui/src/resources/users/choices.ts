import { ROLES, STAFF_ROLES, USER_STATUSES, type Role } from '@samverka/shared';

/** Choices whose names are i18n keys; react-admin's choice inputs translate them. */
const roleChoice = (role: Role) => ({ id: role, name: `samverka.roles.${role}` });

export const roleChoices = ROLES.map(roleChoice);
export const staffRoleChoices = STAFF_ROLES.map(roleChoice);
export const statusChoices = USER_STATUSES.map((status) => ({ id: status, name: `samverka.user_status.${status}` }));
