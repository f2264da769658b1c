import type { ComparedPeriods } from './lagesbild-periods.js';

export const PRIORITIES = ['green', 'yellow', 'red'] as const;
export type Priority = (typeof PRIORITIES)[number];
export type PriorityCounts = Record<Priority, number>;

/**
 * The raw figures of one report, before suppression. They never leave the platform as they are:
 * `lagesbildTable` turns them into the published cells.
 */
export interface LagesbildFigures {
  municipality: { id: string; name: string; code: string };
  periods: ComparedPeriods;
  generatedAt: Date;
  postsByPriority: { current: PriorityCounts; previous: PriorityCounts; yearAgo: PriorityCounts };
  postsByHour: ({ hour: number } & PriorityCounts)[];
  /** Groups and members who joined them, per area of the municipality (null: no area given). */
  areas: { area: string | null; groups: number; joined: number }[];
  groupSizes: { band: string; groups: number }[];
  groupGrowth: { week: string; joined: number }[];
  verifiedOrganisations: number;
  badgesExpiring: number;
  reportsPerRule: { rule: string; notices: number }[];
  cases: { opened: number; decided: number; medianHoursToDecision: number | null };
  decisionsPerRule: { rule: string; decisions: number }[];
  appeals: { received: number; decided: number; reversed: number; reversalRatePercent: number };
}

/** How many days ahead a badge counts as expiring soon. */
export const BADGES_EXPIRING_DAYS = 60;
