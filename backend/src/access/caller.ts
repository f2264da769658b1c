import type { AppAbility, Role } from '@samverka/shared';
import type { AuthMethod } from './auth-methods.js';

/** Who acts: a person, or the platform itself (a job) with a null id. */
export interface Actor {
  id: string | null;
  requestId: string;
}

/** The signed-in person a request acts for, with the ability their rules give them. */
export interface Caller {
  id: string;
  roles: Role[];
  municipalityIds: string[];
  /** Groups the caller owns or administers. */
  adminGroupIds: string[];
  ownedGroupIds: string[];
  /** Verified police organisations the caller is a member of (as of the cached access version). */
  policeOrganisationIds: string[];
  ability: AppAbility;
  /**
   * A suspended account's session: only routes marked `@OpenWhileSuspended` answer, and the
   * ability holds the suspended rules only (no role, scope or group relation counts).
   */
  restricted: boolean;
  /** The sign-in session (refresh-token family) of the access token. */
  sessionId?: string;
  /** How that session was authenticated (RFC 8176 `amr`). */
  amr?: AuthMethod[];
  /** The request id, carried into audit events. */
  requestId: string;
}
