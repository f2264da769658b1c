import { CASE_ROUTINGS, CASE_STATUSES, CONDUCT_RULES, MODERATION_ACTION_TYPES, REPORTABLE_TYPES } from '@samverka/shared';

/** Choices whose names are i18n keys; react-admin's choice inputs translate them. */
const choicesOf = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));

export const ruleChoices = choicesOf(CONDUCT_RULES, 'samverka.moderation.rule');
export const caseStatusChoices = choicesOf(CASE_STATUSES, 'samverka.moderation.case_status');
export const routingChoices = choicesOf(CASE_ROUTINGS, 'samverka.moderation.routing');
export const itemTypeChoices = choicesOf(REPORTABLE_TYPES, 'samverka.moderation.item_type');
export const actionTypeChoices = choicesOf(MODERATION_ACTION_TYPES, 'samverka.moderation.action_type');
