import { type ConductRule, ConductRule as Rule, type ScorePart } from '@samverka/shared';

/** How much each rule weighs: illegal content and threats come first, spam last. */
export const RULE_SEVERITY: Record<ConductRule, number> = {
  [Rule.Illegal]: 50,
  [Rule.Threat]: 45,
  [Rule.PersonalData]: 30,
  [Rule.Tone]: 20,
  [Rule.Misinformation]: 20,
  [Rule.Political]: 10,
  [Rule.Commercial]: 10,
  [Rule.Spam]: 5,
};

/** Rules that go to the platform at once, whoever would otherwise handle the case. */
export const PLATFORM_RULES: readonly ConductRule[] = [Rule.Illegal, Rule.Threat];

export const RED_POST_POINTS = 15;
export const POINTS_PER_EXTRA_REPORTER = 5;
export const MAX_REPORTER_POINTS = 25;
export const VERIFIED_REPORTER_POINTS = 20;
/** One point per hour of waiting, up to a day: old cases rise but never drown severe ones. */
export const MAX_AGE_POINTS = 24;
/**
 * A post a verified police or municipal organisation made is never hidden by citizens' reports:
 * it goes to the top of the platform queue instead, above anything else can reach.
 */
export const AUTHORITY_POST_POINTS = RULE_SEVERITY[Rule.Illegal] + RED_POST_POINTS + MAX_REPORTER_POINTS + VERIFIED_REPORTER_POINTS + MAX_AGE_POINTS + 1;

export interface ScoreInput {
  rules: readonly ConductRule[];
  redPost: boolean;
  reporterCount: number;
  verifiedReporter: boolean;
  /** Made as a verified police or municipal organisation. */
  authorityPost?: boolean;
}

/** The score without its age part (added at query time), and its parts for the case view. */
export function scoreCase(input: ScoreInput): { base: number; parts: ScorePart[] } {
  const parts: ScorePart[] = [{ name: 'severity', points: Math.max(0, ...input.rules.map((rule) => RULE_SEVERITY[rule])) }];
  if (input.redPost) parts.push({ name: 'red_post', points: RED_POST_POINTS });
  if (input.reporterCount > 1) parts.push({ name: 'reporters', points: Math.min(MAX_REPORTER_POINTS, (input.reporterCount - 1) * POINTS_PER_EXTRA_REPORTER) });
  if (input.verifiedReporter) parts.push({ name: 'verified_reporter', points: VERIFIED_REPORTER_POINTS });
  if (input.authorityPost) parts.push({ name: 'authority_post', points: AUTHORITY_POST_POINTS });
  return { base: parts.reduce((sum, part) => sum + part.points, 0), parts };
}

/** The age part, in SQL, for ordering the queue by the full score. */
export const AGE_POINTS_SQL = (alias: string) => `LEAST(${MAX_AGE_POINTS}, floor(extract(epoch FROM now() - ${alias}.first_notice_at) / 3600))::int`;

export function agePoints(firstNoticeAt: Date, now = new Date()): number {
  return Math.min(MAX_AGE_POINTS, Math.max(0, Math.floor((now.getTime() - firstNoticeAt.getTime()) / 3_600_000)));
}
