import type { TranslateFunction } from 'react-admin';
import { ModerationActionType, startSentences, type ConductRule, type ModerationActionType as ActionType, type ReportableType } from '@samverka/shared';

/** Actions whose statement does not cite a rule: a restoration says no rule was broken. */
const WITHOUT_RULE: readonly ActionType[] = [ModerationActionType.Dismiss, ModerationActionType.Restore];

/**
 * The statement of reasons the author receives, from the templates in the console's language:
 * what was done, then which rule and why it matters. The moderator edits it before sending. The
 * item and its pronoun are lower case wherever they stand; each sentence gets its capital here.
 */
export function statementTemplate(translate: TranslateFunction, type: ActionType | '', rule: ConductRule | '', itemType: ReportableType): string {
  if (!type) return '';
  const words = { item: translate(`samverka.moderation.item_definite.${itemType}`), pronoun: translate(`samverka.moderation.item_pronoun.${itemType}`) };
  const done = translate(`samverka.moderation.templates.action.${type}`, words);
  if (WITHOUT_RULE.includes(type) || !rule) return startSentences(done);
  return startSentences(`${done} ${translate(`samverka.moderation.templates.rule.${rule}`, words)}`);
}

export const needsRule = (type: ActionType | ''): boolean => type !== '' && !WITHOUT_RULE.includes(type);
