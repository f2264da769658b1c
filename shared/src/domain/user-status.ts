export const UserStatus = {
  Active: 'active',
  Suspended: 'suspended',
  Erased: 'erased',
} as const;
export type UserStatus = (typeof UserStatus)[keyof typeof UserStatus];
export const USER_STATUSES: readonly UserStatus[] = Object.values(UserStatus);
