/** An organisation a person represents, with their role and title there. */
export interface OrganisationRelation {
  id: string;
  name: string;
  role: string;
  title: string;
}

/** The organisations a person belongs to; the organisations context provides the answer. */
export abstract class OrganisationRelations {
  abstract of(userId: string): Promise<OrganisationRelation[]>;
  /** May the person speak for the organisation: an active member of a currently verified one. */
  abstract speaksFor(userId: string, organisationId: string): Promise<boolean>;
  /** The organisation's current badge code, to show with what it posts. */
  abstract badgeCodes(organisationIds: string[]): Promise<Map<string, string>>;
  abstract exists(organisationId: string): Promise<boolean>;
  /** Is it a police or municipal organisation with a valid badge: one that speaks with public authority. */
  abstract isVerifiedAuthority(organisationId: string): Promise<boolean>;
}
