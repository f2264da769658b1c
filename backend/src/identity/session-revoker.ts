import type { EntityManager } from 'typeorm';

/**
 * Ends every sign-in session of a person. Identity needs it (a change of roles, scopes or status) but the sessions belong
 * to the access context, which provides the implementation.
 */
export abstract class SessionRevoker {
  abstract revokeAllSessions(manager: EntityManager, userId: string): Promise<void>;
}
