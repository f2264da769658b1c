import { GROUP_KINDS, GROUP_ROLES, GROUP_STATUSES, GROUP_VISIBILITIES, INTERVENTION_GROUNDS, JOIN_REQUEST_STATUSES } from '@samverka/shared';

/** Choices whose names are i18n keys; react-admin's choice inputs translate them. */
const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

export const visibilityChoices = choicesOf(GROUP_VISIBILITIES, 'samverka.group_visibility');
export const kindChoices = choicesOf(GROUP_KINDS, 'samverka.group_kind');
export const statusChoices = choicesOf(GROUP_STATUSES, 'samverka.group_status');
export const roleChoices = choicesOf(GROUP_ROLES, 'samverka.group_role');
export const joinRequestStatusChoices = choicesOf(JOIN_REQUEST_STATUSES, 'samverka.join_request_status');
export const groundChoices = choicesOf(INTERVENTION_GROUNDS, 'samverka.intervention_ground');
