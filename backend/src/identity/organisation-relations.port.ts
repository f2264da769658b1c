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
}
