import { describe, expect, it } from '@jest/globals';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { capitalisationProblems, CONDUCT_RULES, ModerationActionType, REPORTABLE_TYPES } from '@samverka/shared';
import { en } from '../../i18n/en';
import { sv } from '../../i18n/sv';
import { statementTemplate } from './templates';

const LANGUAGES = { sv, en } as const;
const translateIn = (language: keyof typeof LANGUAGES) => polyglotI18nProvider(() => LANGUAGES[language], language).translate;

/** Every statement the decision dialog fills in: each action, with each rule and without one, about each kind of item, in both languages. */
const COMBINATIONS = (['sv', 'en'] as const).flatMap((language) =>
  Object.values(ModerationActionType).flatMap((type) => (['', ...CONDUCT_RULES] as const).flatMap((rule) => REPORTABLE_TYPES.map((itemType) => ({ language, type, rule, itemType })))),
);

describe(statementTemplate.name, () => {
  it(`starts every sentence with a capital and puts none mid-sentence, in all ${COMBINATIONS.length} combinations of action, rule, item and language`, () => {
    const problems = COMBINATIONS.flatMap(({ language, type, rule, itemType }) => {
      const statement = statementTemplate(translateIn(language), type, rule, itemType);
      expect(statement.length).toBeGreaterThan(10);
      return capitalisationProblems(statement).map((problem) => `${language} ${type} ${rule || '(no rule)'} ${itemType}: ${problem}`);
    });
    expect(problems).toEqual([]);
  });

  it('names the item in lower case inside a sentence and with a capital at its start', () => {
    const sv = translateIn('sv');
    expect(statementTemplate(sv, ModerationActionType.Dismiss, '', 'post')).toMatch(/^Vi har granskat anmälan och funnit att inlägget inte bryter/);
    expect(statementTemplate(sv, ModerationActionType.Remove, 'commercial', 'post')).toMatch(/^Inlägget har tagits bort från Samverka\. Det bryter mot/);
    expect(statementTemplate(translateIn('en'), ModerationActionType.Dismiss, '', 'group_message')).toMatch(/^We have reviewed the report and found that the message does not break/);
  });

  it('refers to a group as "den" in Swedish, since gruppen is not neuter', () => {
    const sv = translateIn('sv');
    expect(statementTemplate(sv, ModerationActionType.Hide, 'tone', 'group')).toBe(
      'Gruppen har dolts medan den granskas. Den bryter mot uppförandekodens regel om god ton: inga förolämpningar, trakasserier eller förakt mot andra.',
    );
    expect(statementTemplate(sv, ModerationActionType.Dismiss, '', 'group')).toMatch(/funnit att gruppen inte bryter mot Samverkas uppförandekod\. Den får vara kvar\.$/);
    expect(statementTemplate(sv, ModerationActionType.Hide, 'tone', 'post')).toMatch(/^Inlägget har dolts medan det granskas\. Det bryter/);
  });
});
