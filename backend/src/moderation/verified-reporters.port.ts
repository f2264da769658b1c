/**
 * Whether a reporter is a verified member of the police or a municipality: their notices weigh
 * more, and a police `threat` or `illegal` notice hides the item at once. The organisations
 * context answers this.
 */
export abstract class VerifiedReporters {
  abstract kindOf(userId: string): Promise<'verified_police' | 'verified_municipality' | null>;
}
