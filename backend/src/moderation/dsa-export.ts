import { addSwedishDays, type ConductRule, ConductRule as Rule, type ModerationActionType, ModerationActionType as T, type ReportableType, swedishDay } from '@samverka/shared';

/**
 * Statements of reasons in the shape of the EU DSA Transparency Database (Art. 24(5) DSA), checked
 * against its rules in dsa-statement-rules.ts. Only categorical facts go in: no names, e-mail
 * addresses or free text written by users. The texts (facts, grounds, explanations) are in English.
 */
export interface DsaStatement {
  decision_visibility?: string[];
  decision_account?: string;
  decision_provision?: string;
  account_type?: string;
  end_date_account_restriction?: string;
  end_date_service_restriction?: string;
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  incompatible_content_illegal?: 'Yes' | 'No';
  category: string;
  content_type: string[];
  content_type_other?: string;
  content_language: string;
  content_date: string;
  territorial_scope: string[];
  application_date: string;
  decision_facts: string;
  source_type: string;
  automated_detection: 'Yes' | 'No';
  automated_decision: 'AUTOMATED_DECISION_FULLY' | 'AUTOMATED_DECISION_PARTIALLY' | 'AUTOMATED_DECISION_NOT_AUTOMATED';
  puid: string;
}

const CATEGORY: Record<ConductRule, string> = {
  // The Transparency Database dropped SCOPE_OF_PLATFORM_SERVICE: a house rule is a terms violation.
  [Rule.Political]: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  [Rule.Commercial]: 'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
  [Rule.Spam]: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  [Rule.Tone]: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
  [Rule.Threat]: 'STATEMENT_CATEGORY_VIOLENCE',
  [Rule.Misinformation]: 'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
  [Rule.PersonalData]: 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
  [Rule.Illegal]: 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
};

/** The code of conduct's wording for each rule: the ground a breach is judged against. */
const CONDUCT_GROUND: Record<ConductRule, string> = {
  [Rule.Political]: 'Code of conduct: no political messages',
  [Rule.Commercial]: 'Code of conduct: no commercial messages',
  [Rule.Spam]: 'Code of conduct: no spam',
  [Rule.Tone]: 'Code of conduct: good tone, no harassment or insults',
  [Rule.Threat]: 'Code of conduct: no threats',
  [Rule.Misinformation]: 'Code of conduct: no rumours or false alarms',
  [Rule.PersonalData]: 'Code of conduct: do not expose other people',
  [Rule.Illegal]: 'Illegal content',
};

export interface ExportableAction {
  actionId: string;
  type: ModerationActionType;
  rule: ConductRule | null;
  legalGround: string | null;
  automated: boolean;
  automatedDetection: boolean;
  durationDays: number | null;
  itemType: ReportableType;
  hasImage: boolean;
  contentDate: Date;
  decidedAt: Date;
  fromNotice: boolean;
}

/** What a report about something other than a post or message is about (content_type_other). */
const OTHER_CONTENT: Partial<Record<ReportableType, string>> = {
  user: 'A user account (its profile and conduct as a whole)',
  group: 'A group (a community space with its own members, map and messages)',
};

/** Actions that restrict something; dismissals and restorations are not statements of reasons. */
export const EXPORTED_ACTIONS: readonly ModerationActionType[] = [T.Hide, T.Remove, T.Suspend, T.GroupBan, T.LockGroup];

/** What the action restricts, in the database's four kinds of decision, with the end of a timed one. */
function restriction(action: ExportableAction): Partial<DsaStatement> {
  // A sanction of N days is lifted N calendar days on in Stockholm (decisions.service.ts).
  const end = action.durationDays ? swedishDay(addSwedishDays(action.decidedAt, action.durationDays)) : undefined;
  switch (action.type) {
    case T.Remove:
      return { decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED'] };
    case T.Hide:
      return { decision_visibility: ['DECISION_VISIBILITY_CONTENT_DISABLED'] };
    case T.LockGroup:
      return { decision_visibility: ['DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED'] };
    case T.Suspend:
      return { decision_account: 'DECISION_ACCOUNT_SUSPENDED', account_type: 'ACCOUNT_TYPE_PRIVATE', ...(end ? { end_date_account_restriction: end } : {}) };
    case T.GroupBan:
      // The author loses a part of the service (one group), for a time or for good.
      return end ? { decision_provision: 'DECISION_PROVISION_PARTIAL_SUSPENSION', end_date_service_restriction: end } : { decision_provision: 'DECISION_PROVISION_PARTIAL_TERMINATION' };
    case T.Dismiss:
    case T.Restore:
    case T.Warn:
    case T.ReferPolice:
      throw new Error(`${action.type} is not a restriction with a statement of reasons`);
  }
}

/** The facts in English, from categories only: what was done to what, on which rule, for how long. */
function facts(action: ExportableAction, rule: ConductRule): string {
  const item = action.itemType.replace('_', ' ');
  const author = action.itemType === 'user' ? 'A user account' : action.itemType === 'group' ? 'The account of the owner of a group' : `The account of the author of a ${item}`;
  const what =
    action.type === T.Hide
      ? `A ${item} was hidden`
      : action.type === T.Remove
        ? `A ${item} was removed`
        : action.type === T.Suspend
          ? `${author} was suspended`
          : action.type === T.GroupBan
            ? `The author of a ${item} was banned from its group`
            : action.itemType === 'group'
              ? 'A group was locked'
              : `The group of a ${item} was locked`;
  return `${what} for breaching "${CONDUCT_GROUND[rule]}"${action.durationDays ? ` for ${action.durationDays} days` : ''}.`;
}

function contentType(action: ExportableAction): Pick<DsaStatement, 'content_type' | 'content_type_other'> {
  const other = OTHER_CONTENT[action.itemType];
  if (other) return { content_type: ['CONTENT_TYPE_OTHER'], content_type_other: other };
  return { content_type: [action.hasImage ? 'CONTENT_TYPE_IMAGE' : 'CONTENT_TYPE_TEXT'] };
}

export function toDsaStatement(action: ExportableAction): DsaStatement {
  const rule = action.rule ?? Rule.Tone;
  const illegal = rule === Rule.Illegal;
  return {
    ...restriction(action),
    decision_ground: illegal ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    ...(illegal
      ? { illegal_content_legal_ground: action.legalGround ?? 'Swedish law', illegal_content_explanation: 'The content was found to be illegal under the cited provision.' }
      : { incompatible_content_ground: CONDUCT_GROUND[rule], incompatible_content_explanation: `The content breaches the platform's code of conduct (${rule}).`, incompatible_content_illegal: 'No' }),
    category: CATEGORY[rule],
    ...contentType(action),
    content_language: 'SV',
    // Days on the Swedish calendar, like every date the platform shows.
    content_date: swedishDay(action.contentDate),
    territorial_scope: ['SE'],
    application_date: swedishDay(action.decidedAt),
    decision_facts: facts(action, rule),
    source_type: action.fromNotice ? 'SOURCE_ARTICLE_16' : 'SOURCE_VOLUNTARY',
    automated_detection: action.automatedDetection ? 'Yes' : 'No',
    automated_decision: action.automated ? 'AUTOMATED_DECISION_FULLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED',
    puid: action.actionId,
  };
}
