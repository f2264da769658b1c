/** Global roles. Group admin and organisation representative are relations, not roles. */
export const Role = {
  PlatformOwner: 'platform_owner',
  Moderator: 'moderator',
  Coordinator: 'coordinator',
  Citizen: 'citizen',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES: readonly Role[] = Object.values(Role);

/** Roles held by staff, who are created by a platform owner rather than by self-registration. */
export const STAFF_ROLES: readonly Role[] = [Role.PlatformOwner, Role.Moderator, Role.Coordinator];

export const isStaff = (roles: readonly Role[]): boolean => roles.some((role) => STAFF_ROLES.includes(role));
