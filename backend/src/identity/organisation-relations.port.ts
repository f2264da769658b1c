import type { MeOrganisation } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import type { LinkedList } from '../access/ability-scope.js';

/** An organisation a person represents, with their role and title there and what proves it. */
export type OrganisationRelation = MeOrganisation;

/** What other contexts need to know of an organisation to show it or audit an action about it. */
export interface OrganisationSummary {
  name: string;
  /** The first municipality it serves (audit events are filed under one). */
  municipalityId: string | null;
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
  /** The organisation's active members (the `memberIds` its tips are judged by). */
  abstract memberIds(organisationId: string, manager?: EntityManager): Promise<string[]>;
  /** The same relation in SQL: the organisations (by `organisationIdColumn`) having any of the given people as active members. */
  abstract membersLinked(organisationIdColumn: string): LinkedList;
  abstract summaries(organisationIds: string[], manager?: EntityManager): Promise<Map<string, OrganisationSummary>>;
}
