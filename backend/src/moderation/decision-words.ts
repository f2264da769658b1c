import { type ConductRule, type Language, type ModerationActionType, startSentence } from '@samverka/shared';

/**
 * The words of a moderation decision for the people it concerns (the author, the reporters), in
 * their language. The DSA statements stay in English (dsa-export.ts): that is the database's.
 */
const RULE: Record<Language, Record<ConductRule, string>> = {
  sv: {
    political: 'politiska budskap',
    commercial: 'kommersiella budskap',
    tone: 'ton och trakasserier',
    threat: 'hot',
    misinformation: 'rykten och falsklarm',
    personal_data: 'uthängning av personer',
    spam: 'skräppost',
    illegal: 'olagligt innehåll',
  },
  en: {
    political: 'political messages',
    commercial: 'commercial messages',
    tone: 'tone and harassment',
    threat: 'threats',
    misinformation: 'rumours and false alarms',
    personal_data: 'exposing people',
    spam: 'spam',
    illegal: 'illegal content',
  },
};

/** A rule of the code of conduct in a person's words ("hot", "threats"). */
export const ruleWords = (language: Language, rule: ConductRule): string => RULE[language][rule];

/** What was done, as a sentence of its own ("Innehållet har tagits bort."). */
const DONE: Record<Language, Record<ModerationActionType, string>> = {
  sv: {
    dismiss: 'Ingen åtgärd vidtogs.',
    hide: 'Innehållet har dolts.',
    remove: 'Innehållet har tagits bort.',
    restore: 'Innehållet har återställts.',
    warn: 'Författaren har fått en varning.',
    suspend: 'Författarens konto har stängts av.',
    group_ban: 'Författaren har stängts av från gruppen.',
    lock_group: 'Gruppen har låsts.',
    refer_police: 'Ärendet har lämnats till polisen.',
  },
  en: {
    dismiss: 'No action was taken.',
    hide: 'The content has been hidden.',
    remove: 'The content has been removed.',
    restore: 'The content has been restored.',
    warn: 'The author has been warned.',
    suspend: "The author's account has been suspended.",
    group_ban: 'The author has been banned from the group.',
    lock_group: 'The group has been locked.',
    refer_police: 'The matter has been referred to the police.',
  },
};

/** What is done to the author, addressed to them ("Ditt innehåll tas bort"). */
const TO_AUTHOR: Record<Language, Record<ModerationActionType, string>> = {
  sv: {
    dismiss: 'Ingen åtgärd',
    hide: 'Ditt innehåll döljs',
    remove: 'Ditt innehåll tas bort',
    restore: 'Ditt innehåll återställs',
    warn: 'Du får en varning',
    suspend: 'Ditt konto stängs av',
    group_ban: 'Du stängs av från gruppen',
    lock_group: 'Gruppen låses',
    refer_police: 'Ärendet lämnas till polisen',
  },
  en: {
    dismiss: 'No action',
    hide: 'Your content is hidden',
    remove: 'Your content is removed',
    restore: 'Your content is restored',
    warn: 'You are warned',
    suspend: 'Your account is suspended',
    group_ban: 'You are banned from the group',
    lock_group: 'The group is locked',
    refer_police: 'The matter is referred to the police',
  },
};

export interface WordedAction {
  type: ModerationActionType;
  rule?: ConductRule | null;
  durationDays?: number | null;
  statement: string;
  facts?: string | null;
}

/** The outcome a reporter reads under "my reports". */
export function reportOutcome(language: Language, dismissed: boolean, actions: readonly WordedAction[]): string {
  // The moderator's statement is a sentence of its own after the colon: it gets its capital.
  if (dismissed) {
    const statement = startSentence(actions[0].statement);
    return language === 'en' ? `We reviewed your report and found no rule broken: ${statement}` : `Vi har granskat din anmälan och inte funnit att någon regel har brutits: ${statement}`;
  }
  const done = actions.map((action) => DONE[language][action.type]).join(' ');
  return language === 'en' ? `We reviewed your report and acted on it. ${done}` : `Vi har granskat din anmälan och åtgärdat den. ${done}`;
}

/** One line per action of the statement of reasons the author receives. */
export function statementLines(language: Language, actions: readonly WordedAction[]): string {
  return actions
    .map((action) => {
      const rule = action.rule ? (language === 'en' ? ` under the rule on ${RULE.en[action.rule]}` : ` enligt regeln om ${RULE.sv[action.rule]}`) : '';
      const days = action.durationDays
        ? language === 'en'
          ? ` for ${action.durationDays} ${action.durationDays === 1 ? 'day' : 'days'}`
          : ` i ${action.durationDays} ${action.durationDays === 1 ? 'dag' : 'dagar'}`
        : '';
      const facts = action.facts ? `\n  ${language === 'en' ? 'Facts' : 'Fakta'}: ${action.facts}` : '';
      return `- ${TO_AUTHOR[language][action.type]}${days}${rule}: ${startSentence(action.statement)}${facts}`;
    })
    .join('\n');
}

/** The appeal codes, one per action, named as the author reads the action. */
export const appealCodeLines = (language: Language, actions: readonly (WordedAction & { appealToken: string })[]): string =>
  actions.map((action) => `- ${TO_AUTHOR[language][action.type]}: ${action.appealToken}`).join('\n');

export const yesNo = (language: Language, yes: boolean): string => (language === 'en' ? (yes ? 'yes' : 'no') : yes ? 'ja' : 'nej');

/** Why an item was hidden before anyone decided: a verified police officer's report, or how many people reported it for one rule. */
export type AutoHideCause = { policeAlarm: true } | { policeAlarm: false; reporters: number };

/** The statement of an automatic hiding, which the author reads. */
export function autoHideStatement(language: Language, cause: AutoHideCause): string {
  if (language === 'en') {
    const why = cause.policeAlarm ? 'a verified police officer reported it' : `${cause.reporters} people reported it for the same rule`;
    return `Hidden automatically pending review, because ${why}. A moderator will review it; if no rule was broken it is shown again.`;
  }
  const why = cause.policeAlarm ? 'en verifierad polis anmälde det' : `${cause.reporters} personer anmälde det för samma regel`;
  return `Dolt automatiskt i väntan på granskning, eftersom ${why}. En moderator granskar det; bröts ingen regel visas det igen.`;
}

/** The alert a moderator gets of an urgent case. */
export function urgentCaseAlert(language: Language, priority: number, groupName: string | null, rules: readonly ConductRule[]): { subject: string; text: string } {
  const named = rules.map((rule) => RULE[language][rule] ?? rule).join(', ');
  return language === 'en'
    ? { subject: `Urgent case (priority ${priority})`, text: `A new high-priority case is waiting${groupName ? ` (the group ${groupName})` : ''}, about ${named}.\nOpen the console to take it.` }
    : {
        subject: `Brådskande ärende (prioritet ${priority})`,
        text: `Ett nytt ärende med hög prioritet väntar${groupName ? ` (gruppen ${groupName})` : ''}, om ${named}.\nÖppna konsolen för att ta det.`,
      };
}
