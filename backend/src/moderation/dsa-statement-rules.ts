/**
 * The field rules the EU DSA Transparency Database applies to a statement of reasons it receives
 * (`POST /api/v1/statement`), written once: the export checks every statement against them before
 * answering, and the tests check against the same rules.
 *
 * Source: github.com/digital-services-act/transparency-database, `app/Http/Requests/StatementStoreRequest.php`,
 * `app/Models/Statement.php` (the enumerations), `app/Services/European{Countries,Languages}Service.php`
 * and `resources/markdown/api-documentation.md` (end dates not before the application date), as of
 * commit 69e80a0 (2026-06-24). `STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE` is no longer a category.
 * Two rules are our own on top: the application date is not in the future, and not before the
 * content date.
 */

const words = (list: string) => list.trim().split(/\s+/);

export const DSA_VALUES = {
  decision_visibility: words(`DECISION_VISIBILITY_CONTENT_REMOVED DECISION_VISIBILITY_CONTENT_DISABLED DECISION_VISIBILITY_CONTENT_DEMOTED
    DECISION_VISIBILITY_CONTENT_AGE_RESTRICTED DECISION_VISIBILITY_CONTENT_INTERACTION_RESTRICTED DECISION_VISIBILITY_CONTENT_LABELLED DECISION_VISIBILITY_OTHER`),
  decision_monetary: words('DECISION_MONETARY_SUSPENSION DECISION_MONETARY_TERMINATION DECISION_MONETARY_OTHER'),
  decision_provision: words('DECISION_PROVISION_PARTIAL_SUSPENSION DECISION_PROVISION_TOTAL_SUSPENSION DECISION_PROVISION_PARTIAL_TERMINATION DECISION_PROVISION_TOTAL_TERMINATION'),
  decision_account: words('DECISION_ACCOUNT_SUSPENDED DECISION_ACCOUNT_TERMINATED'),
  account_type: words('ACCOUNT_TYPE_BUSINESS ACCOUNT_TYPE_PRIVATE'),
  decision_ground: words('DECISION_GROUND_ILLEGAL_CONTENT DECISION_GROUND_INCOMPATIBLE_CONTENT'),
  category: words(`STATEMENT_CATEGORY_ANIMAL_WELFARE STATEMENT_CATEGORY_CONSUMER_INFORMATION STATEMENT_CATEGORY_CYBER_VIOLENCE
    STATEMENT_CATEGORY_CYBER_VIOLENCE_AGAINST_WOMEN STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH
    STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS STATEMENT_CATEGORY_NOT_SPECIFIED_NOTICE
    STATEMENT_CATEGORY_OTHER_VIOLATION_TC STATEMENT_CATEGORY_PROTECTION_OF_MINORS STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY STATEMENT_CATEGORY_SCAMS_AND_FRAUD
    STATEMENT_CATEGORY_SELF_HARM STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS STATEMENT_CATEGORY_VIOLENCE`),
  category_specification: words(`KEYWORD_ADULT_SEXUAL_MATERIAL KEYWORD_AGE_SPECIFIC_RESTRICTIONS KEYWORD_AGE_SPECIFIC_RESTRICTIONS_MINORS KEYWORD_ANIMAL_HARM
    KEYWORD_BIOMETRIC_DATA_BREACH KEYWORD_BULLYING_AGAINST_GIRLS KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL KEYWORD_CHILD_SEXUAL_ABUSE_MATERIAL_DEEPFAKE
    KEYWORD_CONTENT_PROMOTING_EATING_DISORDERS KEYWORD_COORDINATED_HARM KEYWORD_COPYRIGHT_INFRINGEMENT KEYWORD_CYBER_BULLYING_INTIMIDATION KEYWORD_CYBER_HARASSMENT
    KEYWORD_CYBER_HARASSMENT_AGAINST_WOMEN KEYWORD_CYBER_INCITEMENT KEYWORD_CYBER_STALKING KEYWORD_CYBER_STALKING_AGAINST_WOMEN KEYWORD_DATA_FALSIFICATION
    KEYWORD_DEFAMATION KEYWORD_DESIGN_INFRINGEMENT KEYWORD_DISCRIMINATION KEYWORD_FEMALE_GENDERED_DISINFORMATION KEYWORD_GEOGRAPHIC_INDICATIONS_INFRINGEMENT
    KEYWORD_GEOGRAPHICAL_REQUIREMENTS KEYWORD_GOODS_SERVICES_NOT_PERMITTED KEYWORD_GROOMING_SEXUAL_ENTICEMENT_MINORS KEYWORD_HATE_SPEECH KEYWORD_HIDDEN_ADVERTISEMENT
    KEYWORD_HUMAN_EXPLOITATION KEYWORD_HUMAN_TRAFFICKING KEYWORD_ILLEGAL_ORGANIZATIONS KEYWORD_IMPERSONATION_ACCOUNT_HIJACKING KEYWORD_INAUTHENTIC_ACCOUNTS
    KEYWORD_INAUTHENTIC_LISTINGS KEYWORD_INAUTHENTIC_USER_REVIEWS KEYWORD_INCITEMENT_AGAINST_WOMEN KEYWORD_INCITEMENT_VIOLENCE_HATRED
    KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS KEYWORD_LANGUAGE_REQUIREMENTS KEYWORD_MISINFORMATION_DISINFORMATION KEYWORD_MISLEADING_INFO_CONSUMER_RIGHTS
    KEYWORD_MISLEADING_INFO_GOODS_SERVICES KEYWORD_MISSING_PROCESSING_GROUND KEYWORD_NON_CONSENSUAL_IMAGE_SHARING KEYWORD_NON_CONSENSUAL_IMAGE_SHARING_AGAINST_WOMEN
    KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE KEYWORD_NON_CONSENSUAL_MATERIAL_DEEPFAKE_AGAINST_WOMEN KEYWORD_NONCOMPLIANCE_PRICING KEYWORD_NUDITY
    KEYWORD_PATENT_INFRINGEMENT KEYWORD_PHISHING KEYWORD_PROHIBITED_PRODUCTS KEYWORD_PYRAMID_SCHEMES KEYWORD_RIGHT_TO_BE_FORGOTTEN KEYWORD_RISK_ENVIRONMENTAL_DAMAGE
    KEYWORD_RISK_PUBLIC_HEALTH KEYWORD_SELF_MUTILATION KEYWORD_STALKING KEYWORD_SUICIDE KEYWORD_TERRORIST_CONTENT KEYWORD_TRADE_SECRET_INFRINGEMENT
    KEYWORD_TRADEMARK_INFRINGEMENT KEYWORD_TRAFFICKING_WOMEN_GIRLS KEYWORD_UNLAWFUL_SALE_ANIMALS KEYWORD_UNSAFE_CHALLENGES KEYWORD_UNSAFE_PRODUCTS
    KEYWORD_VIOLATION_EU_LAW KEYWORD_VIOLATION_NATIONAL_LAW KEYWORD_OTHER`),
  content_type: words(`CONTENT_TYPE_APP CONTENT_TYPE_AUDIO CONTENT_TYPE_IMAGE CONTENT_TYPE_PRODUCT CONTENT_TYPE_SYNTHETIC_MEDIA CONTENT_TYPE_TEXT
    CONTENT_TYPE_VIDEO CONTENT_TYPE_OTHER`),
  source_type: words('SOURCE_ARTICLE_16 SOURCE_TRUSTED_FLAGGER SOURCE_TYPE_OTHER_NOTIFICATION SOURCE_VOLUNTARY'),
  automated_detection: words('Yes No'),
  automated_decision: words('AUTOMATED_DECISION_FULLY AUTOMATED_DECISION_PARTIALLY AUTOMATED_DECISION_NOT_AUTOMATED'),
  incompatible_content_illegal: words('Yes No'),
  /** EU and EEA countries (EuropeanCountriesService::EUROPEAN_COUNTRY_CODES). */
  territorial_scope: words('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK'),
  /** ISO 639-1, upper case (EuropeanLanguagesService::ALL_LANGUAGES). */
  content_language: words(`AB AA AF AK SQ AM AR AN HY AS AV AE AY AZ BM BA EU BE BN BH BI BS BR BG MY CA KM CH CE NY ZH CU CV KW CO CR HR CS DA DV NL
    DZ EN EO ET EE FO FJ FI FR FF GD GL LG KA DE KI EL KL GN GU HT HA HE HZ HI HO HU IS IO IG ID IA IE IU IK GA IT JA JV KN KR KS KK RW KV KG KO KJ KU KY
    LO LA LV LB LI LN LT LU MK MG MS ML MT GV MI MR MH RO MN NA NV ND NG NE SE NO NB NN II OC OJ OR OM OS PI PA PS FA PL PT QU RM RN RU SM SG SA SC SR SN
    SD SI SK SL SO ST NR ES SU SW SS SV TL TY TG TA TT TE TH BO TI TO TS TN TR TK TW UG UK UR UZ VE VI VO WA CY FY WO XH YI YO ZA ZU`),
} as const satisfies Record<string, readonly string[]>;

/** Free-text fields and their most characters. */
const MAX_LENGTH: Record<string, number> = {
  decision_visibility_other: 500,
  decision_monetary_other: 500,
  category_specification_other: 500,
  decision_ground_reference_url: 500,
  illegal_content_legal_ground: 500,
  illegal_content_explanation: 2000,
  incompatible_content_ground: 500,
  incompatible_content_explanation: 2000,
  content_type_other: 500,
  decision_facts: 5000,
  source_identity: 500,
  puid: 500,
};

const ARRAY_FIELDS = ['decision_visibility', 'category_specification', 'content_type', 'category_addition', 'territorial_scope'] as const;
const SINGLE_FIELDS = [
  'decision_monetary',
  'decision_provision',
  'decision_account',
  'account_type',
  'decision_ground',
  'category',
  'source_type',
  'automated_detection',
  'automated_decision',
  'incompatible_content_illegal',
  'content_language',
] as const;
const END_DATES = ['end_date_account_restriction', 'end_date_monetary_restriction', 'end_date_service_restriction', 'end_date_visibility_restriction'] as const;
const DECISIONS = ['decision_visibility', 'decision_monetary', 'decision_provision', 'decision_account'] as const;
const KNOWN_FIELDS = new Set<string>([...Object.keys(MAX_LENGTH), ...ARRAY_FIELDS, ...SINGLE_FIELDS, ...END_DATES, 'content_date', 'application_date', 'content_id', 'content_id_ean']);

/** Allowed values of a list field whose name differs from its enumeration's. */
const VALUES_OF: Partial<Record<string, readonly string[]>> = { category_addition: DSA_VALUES.category };

type Statement = Readonly<Record<string, unknown>>;

const present = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
/** Laravel's `max` on a string counts characters (code points), not UTF-16 units or bytes. */
const characters = (value: string) => [...value].length;

/** A real calendar day written YYYY-MM-DD with leading zeroes (Laravel's `date_format:Y-m-d`). */
export function isDsaDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

/**
 * Why the Transparency Database would refuse `statement` (or silently drop a field of it), one
 * line per problem naming the field; empty when it would take it as it is. `today` (YYYY-MM-DD)
 * is the latest application date allowed.
 */
export function dsaStatementProblems(statement: Statement, today: string): string[] {
  const problems: string[] = [];
  const fail = (field: string, why: string) => problems.push(`${field}: ${why}`);
  const has = (field: string) => present(statement[field]);
  const list = (field: string): unknown[] => (Array.isArray(statement[field]) ? (statement[field] as unknown[]) : []);

  for (const field of Object.keys(statement)) if (!KNOWN_FIELDS.has(field)) fail(field, 'is not a field of a statement of reasons');

  for (const field of ARRAY_FIELDS) {
    if (!has(field)) continue;
    if (!Array.isArray(statement[field])) {
      fail(field, 'must be an array');
      continue;
    }
    const allowed: readonly string[] = VALUES_OF[field] ?? DSA_VALUES[field as keyof typeof DSA_VALUES];
    for (const value of list(field)) if (!allowed.includes(value as string)) fail(field, `${String(value)} is not one of the allowed values`);
  }
  for (const field of SINGLE_FIELDS) {
    if (has(field) && !(DSA_VALUES[field] as readonly unknown[]).includes(statement[field])) fail(field, `${String(statement[field])} is not one of the allowed values`);
  }
  for (const [field, max] of Object.entries(MAX_LENGTH)) {
    const value = statement[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') fail(field, 'must be text');
    else if (characters(value) > max) fail(field, `is ${characters(value)} characters long; at most ${max}`);
  }

  for (const field of [
    'decision_ground',
    'category',
    'content_type',
    'territorial_scope',
    'content_date',
    'application_date',
    'decision_facts',
    'source_type',
    'automated_detection',
    'automated_decision',
    'puid',
  ]) {
    if (!has(field)) fail(field, 'is required');
  }
  if (!DECISIONS.some(has)) fail('decision_visibility', 'is required when none of decision_monetary, decision_provision, decision_account is given');

  // A field required under a condition, and dropped by the database (so lost) without it.
  const conditional = (field: string, when: boolean, condition: string) => {
    if (when && !has(field)) fail(field, `is required when ${condition}`);
    if (!when && has(field)) fail(field, `is only taken when ${condition}; it would be dropped`);
  };
  conditional('decision_visibility_other', list('decision_visibility').includes('DECISION_VISIBILITY_OTHER'), 'decision_visibility holds DECISION_VISIBILITY_OTHER');
  conditional('decision_monetary_other', statement.decision_monetary === 'DECISION_MONETARY_OTHER', 'decision_monetary is DECISION_MONETARY_OTHER');
  conditional('content_type_other', list('content_type').includes('CONTENT_TYPE_OTHER'), 'content_type holds CONTENT_TYPE_OTHER');
  const illegal = statement.decision_ground === 'DECISION_GROUND_ILLEGAL_CONTENT';
  const incompatible = statement.decision_ground === 'DECISION_GROUND_INCOMPATIBLE_CONTENT';
  for (const field of ['illegal_content_legal_ground', 'illegal_content_explanation']) conditional(field, illegal, 'decision_ground is DECISION_GROUND_ILLEGAL_CONTENT');
  for (const field of ['incompatible_content_ground', 'incompatible_content_explanation']) conditional(field, incompatible, 'decision_ground is DECISION_GROUND_INCOMPATIBLE_CONTENT');
  if (!incompatible && has('incompatible_content_illegal')) fail('incompatible_content_illegal', 'is only taken when decision_ground is DECISION_GROUND_INCOMPATIBLE_CONTENT; it would be dropped');
  if (statement.source_type === 'SOURCE_VOLUNTARY' && has('source_identity')) fail('source_identity', 'is not taken when source_type is SOURCE_VOLUNTARY; it would be dropped');
  if (has('category_specification_other') && !list('category_specification').includes('KEYWORD_OTHER'))
    fail('category_specification_other', 'is only meant with KEYWORD_OTHER in category_specification');

  if (has('puid') && typeof statement.puid === 'string' && !/^[a-zA-Z0-9_-]+$/.test(statement.puid)) fail('puid', 'may hold only a-z, A-Z, 0-9, - and _');

  const date = (field: string, earliest: string) => {
    const value = statement[field];
    if (!present(value)) return;
    if (!isDsaDate(value)) fail(field, `${String(value)} is not a date written YYYY-MM-DD`);
    else if (value < earliest || value > '2038-01-01') fail(field, `must be from ${earliest} to 2038-01-01`);
  };
  date('content_date', '2000-01-01');
  date('application_date', '2020-01-01');
  for (const field of END_DATES) date(field, '0000-01-01');
  const application = isDsaDate(statement.application_date) ? statement.application_date : null;
  if (application && application > today) fail('application_date', `${application} is in the future (today is ${today})`);
  if (application && isDsaDate(statement.content_date) && statement.content_date > application) fail('application_date', `${application} is before the content date ${statement.content_date}`);
  for (const field of END_DATES) {
    const end = statement[field];
    if (application && isDsaDate(end) && end < application) fail(field, `${end} is before the application date ${application}`);
  }
  return problems;
}

/** The problems of a whole export: each statement's, and puids used twice (a platform's puids are unique). */
export function dsaExportProblems(statements: readonly Statement[], today: string): { puid: string; problems: string[] }[] {
  const seen = new Set<unknown>();
  return statements
    .map((statement) => {
      const problems = dsaStatementProblems(statement, today);
      if (seen.has(statement.puid)) problems.push(`puid: ${String(statement.puid)} is used by another statement`);
      seen.add(statement.puid);
      return { puid: String(statement.puid), problems };
    })
    .filter((entry) => entry.problems.length > 0);
}
