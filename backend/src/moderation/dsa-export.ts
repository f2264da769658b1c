import { type ConductRule, ConductRule as Rule, type ModerationActionType, ModerationActionType as T, type ReportableType } from '@samverka/shared';

/**
 * Statements of reasons in the shape of the EU DSA Transparency Database (Art. 24(5) DSA).
 * Only categorical facts go in: no names, e-mail addresses or free text written by users.
 */
export interface DsaStatement {
  decision_visibility?: string[];
  decision_account?: string;
  decision_provision?: string;
  account_type?: string;
  decision_ground: 'DECISION_GROUND_ILLEGAL_CONTENT' | 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  illegal_content_legal_ground?: string;
  illegal_content_explanation?: string;
  incompatible_content_ground?: string;
  incompatible_content_explanation?: string;
  incompatible_content_illegal?: 'Yes' | 'No';
  category: string;
  content_type: string[];
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

export const DSA_ALLOWED = {
  decision_visibility: ['DECISION_VISIBILITY_CONTENT_REMOVED', 'DECISION_VISIBILITY_CONTENT_DISABLED', 'DECISION_VISIBILITY_CONTENT_DEMOTED', 'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED', 'DECISION_VISIBILITY_OTHER'],
  decision_account: ['DECISION_ACCOUNT_SUSPENDED', 'DECISION_ACCOUNT_TERMINATED'],
  decision_ground: ['DECISION_GROUND_ILLEGAL_CONTENT', 'DECISION_GROUND_INCOMPATIBLE_CONTENT'],
  category: [
    'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
    'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
    'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH',
    'STATEMENT_CATEGORY_VIOLENCE',
    'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
    'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS',
    'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
  ],
  content_type: ['CONTENT_TYPE_TEXT', 'CONTENT_TYPE_IMAGE', 'CONTENT_TYPE_OTHER'],
  source_type: ['SOURCE_ARTICLE_16', 'SOURCE_TRUSTED_FLAGGER', 'SOURCE_TYPE_OTHER_NOTIFICATION', 'SOURCE_VOLUNTARY'],
  automated_decision: ['AUTOMATED_DECISION_FULLY', 'AUTOMATED_DECISION_PARTIALLY', 'AUTOMATED_DECISION_NOT_AUTOMATED'],
} as const;

const CATEGORY: Record<ConductRule, string> = {
  [Rule.Political]: 'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
  [Rule.Commercial]: 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
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

const date = (value: Date) => value.toISOString().slice(0, 10);

/** Actions that restrict something; dismissals and restorations are not statements of reasons. */
export const EXPORTED_ACTIONS: readonly ModerationActionType[] = [T.Hide, T.Remove, T.Suspend, T.GroupBan, T.LockGroup];

export function toDsaStatement(action: ExportableAction): DsaStatement {
  const rule = action.rule ?? Rule.Tone;
  const illegal = rule === Rule.Illegal;
  const visibility =
    action.type === T.Remove ? 'DECISION_VISIBILITY_CONTENT_REMOVED'
    : action.type === T.Hide ? 'DECISION_VISIBILITY_CONTENT_DISABLED'
    : action.type === T.LockGroup || action.type === T.GroupBan ? 'DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED'
    : undefined;
  const statement: DsaStatement = {
    ...(visibility ? { decision_visibility: [visibility] } : {}),
    ...(action.type === T.Suspend ? { decision_account: 'DECISION_ACCOUNT_SUSPENDED', account_type: 'ACCOUNT_TYPE_PRIVATE' } : {}),
    decision_ground: illegal ? 'DECISION_GROUND_ILLEGAL_CONTENT' : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    ...(illegal
      ? { illegal_content_legal_ground: action.legalGround ?? 'Swedish law', illegal_content_explanation: 'The content was found to be illegal under the cited provision.' }
      : { incompatible_content_ground: CONDUCT_GROUND[rule], incompatible_content_explanation: `The content breaches the platform's code of conduct (${rule}).`, incompatible_content_illegal: 'No' }),
    category: CATEGORY[rule],
    content_type: [action.itemType === 'user' || action.itemType === 'group' ? 'CONTENT_TYPE_OTHER' : action.hasImage ? 'CONTENT_TYPE_IMAGE' : 'CONTENT_TYPE_TEXT'],
    content_language: 'SV',
    content_date: date(action.contentDate),
    territorial_scope: ['SE'],
    application_date: date(action.decidedAt),
    decision_facts: `A ${action.itemType.replace('_', ' ')} was ${action.type === T.Hide ? 'hidden' : action.type === T.Remove ? 'removed' : action.type === T.Suspend ? 'suspended' : 'restricted'} for breaching "${CONDUCT_GROUND[rule]}"${action.durationDays ? ` for ${action.durationDays} days` : ''}.`,
    source_type: action.fromNotice ? 'SOURCE_ARTICLE_16' : 'SOURCE_VOLUNTARY',
    automated_detection: action.automatedDetection ? 'Yes' : 'No',
    automated_decision: action.automated ? 'AUTOMATED_DECISION_FULLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED',
    puid: action.actionId,
  };
  return statement;
}
