/** Every chart the dashboards draw; each answers JSON rows, or CSV with format=csv. */
export const CHARTS = {
  postsPerDay: 'posts-per-day',
  postsByHour: 'posts-by-hour',
  groupSizes: 'group-sizes',
  groupGrowth: 'group-growth',
  activeAuthors: 'active-authors',
  verification: 'verification',
  reportsPerRule: 'reports-per-rule',
  mapPoints: 'map-points',
  openCases: 'open-cases',
  moderationSpeed: 'moderation-speed',
  overdueCases: 'overdue-cases',
  appeals: 'appeals',
  misuse: 'misuse',
  municipalities: 'municipalities',
  privacyDeadlines: 'privacy-deadlines',
} as const;
export type ChartName = (typeof CHARTS)[keyof typeof CHARTS];
export const CHART_NAMES: readonly ChartName[] = Object.values(CHARTS);

/** Charts about a municipality's life: coordinators see their own, the platform owner any. */
export const MUNICIPAL_CHARTS: readonly ChartName[] = [
  CHARTS.postsPerDay,
  CHARTS.postsByHour,
  CHARTS.groupSizes,
  CHARTS.groupGrowth,
  CHARTS.activeAuthors,
  CHARTS.verification,
  CHARTS.reportsPerRule,
  CHARTS.mapPoints,
];

/** The state of the moderation queue: moderators and the platform owner. */
export const MODERATION_CHARTS: readonly ChartName[] = [CHARTS.openCases, CHARTS.moderationSpeed, CHARTS.overdueCases, CHARTS.appeals, CHARTS.misuse];

/** The platform owner compares municipalities side by side. */
export const OWNER_CHARTS: readonly ChartName[] = [CHARTS.municipalities, CHARTS.privacyDeadlines];

/**
 * The longest period (in Swedish days, inclusive) a chart may be asked for: about 13 months, so a
 * year-on-year look fits, while one answer stays small (issue 16: a period of centuries answered
 * 36 MB and a few at once took the backend's heap down). The console's period picker uses it too.
 */
export const MAX_INSIGHTS_PERIOD_DAYS = 400;
/** The days a period may fall in at all; nothing on the platform is older or far ahead. */
export const INSIGHTS_FIRST_DAY = '2000-01-01';
export const INSIGHTS_LAST_DAY = '2099-12-31';
