import type { EntityManager } from 'typeorm';

/** One sign-in session as a person's data export shows it (a plain row, as the export takes). */
export type SignInSessionRow = {
  signed_in_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
};

/**
 * A person's sign-in sessions for their export and erasure. Identity answers for the account,
 * but the sessions are the access context's table, so access provides the implementation.
 */
export abstract class SignInSessions {
  /** Every session of the person, oldest first. */
  abstract historyOf(manager: EntityManager, userId: string): Promise<SignInSessionRow[]>;
  /** Deletes every session of the person; returns how many there were. */
  abstract deleteAll(manager: EntityManager, userId: string): Promise<number>;
}
