import type { TranslateFunction } from 'react-admin';
import { ModerationActionType, type ConductRule, type ModerationActionType as ActionType, type ReportableType } from '@samverka/shared';

/** Actions whose statement does not cite a rule: a restoration says no rule was broken. */
const WITHOUT_RULE: readonly ActionType[] = [ModerationActionType.Dismiss, ModerationActionType.Restore];

/**
 * The statement of reasons the author receives, from the templates in the console's language:
 * what was done, then which rule and why it matters. The moderator edits it before sending.
 */
export function statementTemplate(translate: TranslateFunction, type: ActionType | '', rule: ConductRule | '', itemType: ReportableType): string {
  if (!type) return '';
  const item = translate(`samverka.moderation.item_definite.${itemType}`);
  const done = translate(`samverka.moderation.templates.action.${type}`, { item });
  if (WITHOUT_RULE.includes(type) || !rule) return done;
  return `${done} ${translate(`samverka.moderation.templates.rule.${rule}`)}`;
}

export const needsRule = (type: ActionType | ''): boolean => type !== '' && !WITHOUT_RULE.includes(type);
