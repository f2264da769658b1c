/** Orders from authorities (DSA Arts. 9 and 10, and preservation requests). */
export const AuthorityOrderType = {
  ActAgainstContent: 'act_against_content',
  ProvideInformation: 'provide_information',
  Preserve: 'preserve',
} as const;
export type AuthorityOrderType = (typeof AuthorityOrderType)[keyof typeof AuthorityOrderType];
export const AUTHORITY_ORDER_TYPES: readonly AuthorityOrderType[] = Object.values(AuthorityOrderType);

export const AuthorityOrderState = {
  Received: 'received',
  Acknowledged: 'acknowledged',
  InReview: 'in_review',
  Done: 'done',
  Refused: 'refused',
} as const;
export type AuthorityOrderState = (typeof AuthorityOrderState)[keyof typeof AuthorityOrderState];
export const AUTHORITY_ORDER_STATES: readonly AuthorityOrderState[] = Object.values(AuthorityOrderState);

/** Where an order may go from each state: only forward, and never out of done or refused. */
export const AUTHORITY_ORDER_TRANSITIONS: Record<AuthorityOrderState, readonly AuthorityOrderState[]> = {
  received: ['acknowledged', 'refused'],
  acknowledged: ['in_review', 'done', 'refused'],
  in_review: ['done', 'refused'],
  done: [],
  refused: [],
};

/** What an order's scope may name, by id: it never carries content. */
export const ORDER_ITEM_TYPES = ['post', 'group_message', 'group', 'account'] as const;
export type OrderItemType = (typeof ORDER_ITEM_TYPES)[number];

/** Categories of illegal content as the DSA transparency database names them. */
export const ILLEGAL_CONTENT_CATEGORIES = [
  'animal_welfare',
  'data_protection_and_privacy_violations',
  'illegal_or_harmful_speech',
  'intellectual_property_infringements',
  'negative_effects_on_civic_discourse_or_elections',
  'non_consensual_behaviour',
  'online_bullying_intimidation',
  'pornography_or_sexualized_content',
  'protection_of_minors',
  'risk_for_public_security',
  'scams_and_fraud',
  'self_harm',
  'unsafe_and_illegal_products',
  'violence',
  'other',
] as const;
export type IllegalContentCategory = (typeof ILLEGAL_CONTENT_CATEGORIES)[number];

export interface OrderScopeItem {
  itemType: OrderItemType;
  id: string;
}

export interface AuthorityOrderRecord {
  id: string;
  /** The verified organisation that filed it; null for an order the platform owner entered from a letter. */
  issuingOrganisationId: string | null;
  authorityName: string;
  /** ISO 3166-1 alpha-2 of the issuing member state. */
  authorityCountry: string;
  reference: string;
  legalBasis: string;
  type: AuthorityOrderType;
  category: IllegalContentCategory;
  scope: OrderScopeItem[];
  deadline: string;
  state: AuthorityOrderState;
  refusalReason: string | null;
  acknowledgedAt: string | null;
  doneAt: string | null;
  createdBy: string | null;
  createdAt: string;
}
