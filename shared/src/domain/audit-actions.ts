/** Every audited action has a stable name: the console translates it, filters use it. */
export const AuditAction = {
  SignIn: 'auth.sign_in',
  SignInFailed: 'auth.sign_in_failed',
  SignOut: 'auth.sign_out',
  RefreshTokenReuse: 'auth.refresh_token_reuse',
  Registered: 'auth.registered',
  InvitationAccepted: 'auth.invitation_accepted',
  UserInvited: 'user.invited',
  UserUpdated: 'user.updated',
  UserRolesChanged: 'user.roles_changed',
  UserScopesChanged: 'user.scopes_changed',
  UserSuspended: 'user.suspended',
  UserReactivated: 'user.reactivated',
  MunicipalityCreated: 'municipality.created',
  MunicipalityUpdated: 'municipality.updated',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];
export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AuditAction);
