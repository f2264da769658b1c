import type { Language } from './language.js';

/**
 * Lägesbild: the monthly safety picture of one municipality (posts, groups, verification,
 * moderation), a PDF and the same figures as CSV, built from the insights rollups.
 */
export const LagesbildKind = {
  /** Made by the job on the first day of each month, for the month before. */
  Monthly: 'monthly',
  /** Asked for in the console for any (bounded) period. */
  OnDemand: 'on_demand',
} as const;
export type LagesbildKind = (typeof LagesbildKind)[keyof typeof LagesbildKind];
export const LAGESBILD_KINDS: readonly LagesbildKind[] = Object.values(LagesbildKind);

/** A cell under this many is shown as "< 5" before anything leaves the platform. */
export const SMALL_COUNT_THRESHOLD = 5;
/** How a small count is shown (primary suppression). */
export const SMALL_COUNT_SHOWN = `< ${SMALL_COUNT_THRESHOLD}`;
/** How a figure hidden so that a small count cannot be worked out is shown (secondary suppression; SCB's ".."). */
export const HIDDEN_FIGURE_SHOWN = '..';

export interface LagesbildRecord {
  id: string;
  municipalityId: string;
  municipalityName: string;
  /** Swedish calendar days, inclusive. */
  from: string;
  to: string;
  language: Language;
  kind: LagesbildKind;
  generatedAt: string;
  pdfBytes: number;
  csvBytes: number;
}
