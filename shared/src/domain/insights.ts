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
