import type { TranslateFunction } from 'react-admin';
import { ModerationActionType, startSentences, type ConductRule, type Language, type ModerationActionType as ActionType, type ReportableType } from '@samverka/shared';
import { translatorIn } from '../../providers/i18n-provider';

/** Actions whose statement does not cite a rule: a restoration says no rule was broken. */
const WITHOUT_RULE: readonly ActionType[] = [ModerationActionType.Dismiss, ModerationActionType.Restore];

/**
 * The statement of reasons the author receives, from the templates in `translate`'s language (the
 * author's: see `authorStatementTemplate`):
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

/** An action's statement in the language the author reads Samverka in, not the moderator's (Swedish if unknown). */
export const authorStatementTemplate = (authorLanguage: Language | null, type: ActionType | '', rule: ConductRule | '', itemType: ReportableType): string =>
  statementTemplate(translatorIn(authorLanguage ?? 'sv'), type, rule, itemType);

/**
 * A dismissal's statement, which goes to the reporters: in the language each reads Samverka in,
 * one paragraph per language when they differ (the moderator keeps or trims them).
 */
export const dismissalTemplate = (reporterLanguages: readonly Language[], itemType: ReportableType): string =>
  (reporterLanguages.length > 0 ? reporterLanguages : (['sv'] as const)).map((language) => statementTemplate(translatorIn(language), ModerationActionType.Dismiss, '', itemType)).join('\n\n');

export const needsRule = (type: ActionType | ''): boolean => type !== '' && !WITHOUT_RULE.includes(type);
