import { describe, expect, it } from '@jest/globals';
import { capitalisationProblems, CONDUCT_RULES, type ConductRule, type Language, ModerationActionType } from '@samverka/shared';
import { appealCodeLines, autoHideStatement, reportOutcome, statementLines, urgentCaseAlert, type WordedAction } from './decision-words.js';

const LANGUAGES: Language[] = ['sv', 'en'];
/** Statements as moderators send them: the console's template (a sentence), and one typed in lower case. */
const STATEMENTS: Record<Language, string[]> = {
  sv: ['Inlägget har tagits bort från Samverka. Det bryter mot uppförandekodens regel om kommersiella budskap.', 'reklam hör inte hemma i flödet.'],
  en: ['The post has been removed from Samverka. It breaks the code of conduct’s rule against commercial messages.', 'advertising does not belong in the feed.'],
};

/** Every action, with each rule and without one, for each duration and statement, in both languages. */
const COMBINATIONS = LANGUAGES.flatMap((language) =>
  Object.values(ModerationActionType).flatMap((type) =>
    ([null, ...CONDUCT_RULES] as (ConductRule | null)[]).flatMap((rule) =>
      [null, 1, 7].flatMap((durationDays) =>
        STATEMENTS[language].map((statement) => ({ language, action: { type, rule, durationDays, statement, facts: durationDays ? 'Tre inlägg samma dag.' : null } satisfies WordedAction })),
      ),
    ),
  ),
);

const problemsOf = (where: string, text: string, names: string[] = []) => capitalisationProblems(text, names).map((problem) => `${where}: ${problem}`);

describe('the words of a moderation decision', () => {
  it(`start every sentence with a capital and put none mid-sentence, in all ${COMBINATIONS.length} combinations of action, rule, duration, statement and language`, () => {
    const problems = COMBINATIONS.flatMap(({ language, action }) => {
      const where = `${language} ${action.type} ${action.rule ?? '(no rule)'} ${action.durationDays ?? '-'} days`;
      return [
        ...problemsOf(`${where} statement`, statementLines(language, [action, { ...action, type: ModerationActionType.Warn }])),
        ...problemsOf(`${where} appeal codes`, appealCodeLines(language, [{ ...action, appealToken: 'a1B2c3D4e5F6' }])),
        ...problemsOf(`${where} outcome`, reportOutcome(language, action.type === ModerationActionType.Dismiss, [action, { ...action, type: ModerationActionType.Suspend }])),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('keeps the moderator’s statement as a sentence of its own after the colon, with its capital', () => {
    expect(statementLines('sv', [{ type: 'remove', rule: 'commercial', statement: 'reklam hör inte hemma i flödet.' }])).toBe(
      '- Ditt innehåll tas bort enligt regeln om kommersiella budskap: Reklam hör inte hemma i flödet.',
    );
    expect(reportOutcome('sv', true, [{ type: 'dismiss', statement: 'inlägget handlar om en borttappad katt.' }])).toBe(
      'Vi har granskat din anmälan och inte funnit att någon regel har brutits: Inlägget handlar om en borttappad katt.',
    );
  });

  it('names the rules of an urgent case in lower case mid-sentence, in both languages, with and without a group', () => {
    const problems = LANGUAGES.flatMap((language) =>
      [null, 'Grannar i Märsta'].flatMap((group) => {
        const alert = urgentCaseAlert(language, 95, group, ['threat', 'illegal']);
        return [...problemsOf(`${language} subject`, alert.subject), ...problemsOf(`${language} text`, alert.text, group ? [group] : [])];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('writes the statement of an automatic hiding as sentences of the author’s language, for either cause', () => {
    const causes = [{ policeAlarm: true }, { policeAlarm: false, reporters: 3 }] as const;
    const statements = LANGUAGES.flatMap((language) => causes.map((cause) => autoHideStatement(language, cause)));
    expect(statements.flatMap((statement) => capitalisationProblems(statement))).toEqual([]);
    expect(autoHideStatement('sv', { policeAlarm: true })).toBe(
      'Dolt automatiskt i väntan på granskning, eftersom en verifierad polis anmälde det. En moderator granskar det; bröts ingen regel visas det igen.',
    );
  });
});
