import { ILLEGAL_CONTENT_CATEGORIES } from '@samverka/shared';

/**
 * Orders from authorities in English: `resources` for the authority-orders pages, and
 * `samverka.orders`. authority-orders-sv.ts mirrors the keys.
 */
export const orderResourcesEn = {
  'authority-orders': {
    name: 'Authority order |||| Authority orders',
    empty: 'No orders from authorities. When the police send an order to act against content, to provide information or to preserve data, it appears here with its deadline.',
    fields: {
      reference: 'Reference',
      authorityName: 'Authority',
      authorityCountry: 'Issuing country',
      issuingOrganisationId: 'Issuing organisation',
      legalBasis: 'Legal basis',
      type: 'Type of order',
      category: 'Category of illegal content',
      scope: 'Named items',
      itemType: 'Kind of item',
      id: 'Id',
      deadline: 'Deadline',
      state: 'State',
      refusalReason: 'Reason for refusal',
      acknowledgedAt: 'Acknowledged',
      doneAt: 'Carried out',
      createdAt: 'Received',
      createdBy: 'Filed by',
    },
  },
};

const categoriesEn: Record<(typeof ILLEGAL_CONTENT_CATEGORIES)[number], string> = {
  animal_welfare: 'Animal welfare',
  data_protection_and_privacy_violations: 'Data protection and privacy violations',
  illegal_or_harmful_speech: 'Illegal or harmful speech',
  intellectual_property_infringements: 'Intellectual property infringements',
  negative_effects_on_civic_discourse_or_elections: 'Negative effects on civic discourse or elections',
  non_consensual_behaviour: 'Non-consensual behaviour',
  online_bullying_intimidation: 'Online bullying or intimidation',
  pornography_or_sexualized_content: 'Pornography or sexualised content',
  protection_of_minors: 'Protection of minors',
  risk_for_public_security: 'Risk for public security',
  scams_and_fraud: 'Scams and fraud',
  self_harm: 'Self-harm',
  unsafe_and_illegal_products: 'Unsafe and illegal products',
  violence: 'Violence',
  other: 'Other illegal content',
};

export const ordersEn = {
  menu: 'Authority orders',
  intro:
    'Orders from the police and other authorities to act against content, to provide information about users or to preserve data. Each is acknowledged, decided and answered on record; the nearest deadline comes first.',
  file_button: 'File an order',
  type: { act_against_content: 'Act against content', provide_information: 'Provide information', preserve: 'Preserve data' },
  state: { received: 'Received', acknowledged: 'Acknowledged', in_review: 'In review', done: 'Carried out', refused: 'Refused' },
  category: categoriesEn,
  item_type: { post: 'Post', group_message: 'Group message', group: 'Group', account: 'Account' },
  due: { overdue: 'Overdue', soon: 'Due soon' },
  show: {
    scope_help: 'The order names these items by id; it never carries their content.',
    history: 'What has happened',
    history_received: 'Received',
    history_acknowledged: 'Acknowledged',
    history_done: 'Carried out',
    history_refused: 'Refused: %{reason}',
    actions: 'Decisions',
    no_actions: 'There is nothing more for you to decide on this order.',
  },
  acknowledge: {
    button: 'Acknowledge',
    title: 'Acknowledge the order?',
    content: 'The authority is told that the order has arrived and is being handled. The time is counted in the transparency report.',
    confirm: 'Acknowledge',
    done: 'The order is acknowledged',
  },
  review: {
    button: 'Start review',
    title: 'Start reviewing the order?',
    content: 'The order is marked as in review, so that colleagues see someone is working on it.',
    confirm: 'Start review',
    done: 'The order is in review',
  },
  done: {
    button: 'Mark as carried out',
    title: 'Mark the order as carried out?',
    content: 'Do this once what the order asks has been done. The order is closed and the time to give effect is counted in the transparency report.',
    confirm: 'Mark as carried out',
    done: 'The order is marked as carried out',
  },
  refuse: {
    button: 'Refuse',
    title: 'Refuse the order?',
    content: 'The authority reads your reason. A refused order is closed and cannot be reopened.',
    confirm: 'Refuse',
    done: 'The order is refused',
  },
  errors: {
    transition: 'Someone else has already moved this order on. The page now shows its current state.',
    not_found: 'The order is no longer available to you.',
  },
  create: {
    title: 'File an order',
    intro: 'Name what the order concerns by its id only: never copy content into the order.',
    police_intro: 'You file the order for your police organisation. It is received by the platform owner, who acknowledges and decides it.',
    paper_intro: 'Enter an order received on paper: name the issuing authority and its country.',
    organisation: 'Issuing police organisation',
    organisation_help: 'Leave empty for an order received on paper.',
    country_help: 'Two capital letters, for example SE for Sweden.',
    deadline_help: 'Swedish time (Stockholm). Must be in the future.',
    scope_help: 'One or more items, each by its kind and id.',
    add_item: 'Add an item',
    remove_item: 'Remove the item',
    errors: {
      required: '%{field}: required.',
      country: 'Issuing country: two capital letters, such as SE.',
      deadline_future: 'Deadline: must be in the future.',
      item_id: 'Id: an id has the form 8-4-4-4-12 hexadecimal digits.',
      scope_required: 'Named items: name at least one item.',
    },
    done: 'The order is filed',
  },
  start: {
    title: 'Authority orders',
    open_count: '%{smart_count} open order |||| %{smart_count} open orders',
    none_open: 'Your organisation has no open orders.',
    due: 'Deadline %{date}',
    open_list: 'Open the orders',
  },
  transparency: {
    by_type: 'Authority orders by type',
    by_category: 'Authority orders by category of illegal content',
    by_country: 'Authority orders by issuing country',
    times: 'Handling of authority orders',
    median_acknowledge: 'Median hours to acknowledge',
    median_effect: 'Median hours to give effect',
  },
};
