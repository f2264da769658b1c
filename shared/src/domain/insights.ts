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

const shiftDay = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const within = (day: string, first: string, last: string): string => (day < first ? first : day > last ? last : day);

/**
 * A period after one of its ends was picked, kept to what the API accepts (at most
 * MAX_INSIGHTS_PERIOD_DAYS days, from not after to, within the platform's years): the other end
 * follows, so the console never asks for a period it would be refused. Not a YYYY-MM-DD day
 * (a date input half typed): the period stays as it was.
 */
export function keepPeriodAllowed<P extends { from: string; to: string }>(period: P, changed: 'from' | 'to', day: string): P {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return period;
  const picked = within(day, INSIGHTS_FIRST_DAY, INSIGHTS_LAST_DAY);
  const span = MAX_INSIGHTS_PERIOD_DAYS - 1;
  if (changed === 'from') return { ...period, from: picked, to: within(period.to, picked, within(shiftDay(picked, span), picked, INSIGHTS_LAST_DAY)) };
  return { ...period, to: picked, from: within(period.from, within(shiftDay(picked, -span), INSIGHTS_FIRST_DAY, picked), picked) };
}

/** The earliest and latest day each end of a period may take: the date inputs' min and max. */
export function periodInputBounds(period: { from: string; to: string }): { from: { min: string; max: string }; to: { min: string; max: string } } {
  const span = MAX_INSIGHTS_PERIOD_DAYS - 1;
  return {
    from: { min: within(shiftDay(period.to, -span), INSIGHTS_FIRST_DAY, INSIGHTS_LAST_DAY), max: period.to },
    to: { min: period.from, max: within(shiftDay(period.from, span), INSIGHTS_FIRST_DAY, INSIGHTS_LAST_DAY) },
  };
}
