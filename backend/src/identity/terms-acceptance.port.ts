import type { EntityManager } from 'typeorm';

/**
 * Records that a new account accepted the terms and code of conduct, in the registration's own
 * transaction. The consent ledger belongs to the privacy context, which provides this.
 */
export abstract class TermsAcceptance {
  /** Refuses a version other than the terms in force, before anything else of a registration happens. */
  abstract checkVersion(manager: EntityManager, version: number): Promise<void>;
  abstract recordAcceptance(manager: EntityManager, userId: string, version: number): Promise<void>;
}
