import { HIDDEN_FIGURE_SHOWN, SMALL_COUNT_SHOWN, SMALL_COUNT_THRESHOLD } from '@samverka/shared';

/** Cells whose values add up to a published total (itself a cell): a row or a column of a table. */
export interface SumGroup {
  total: string;
  parts: readonly string[];
}

const isSmall = (value: number) => value > 0 && value < SMALL_COUNT_THRESHOLD;

/**
 * Counts as they may leave the platform. A count from 1 to 4 is shown as "< 5" (primary
 * suppression; 0 tells nothing about anyone and is shown). Where a published total and the other
 * cells of its group would give a hidden count back (total minus the rest), the smallest other
 * cell of that group is hidden too, as ".." (secondary suppression), or the total when no other
 * cell is left; repeated until no group has exactly one hidden cell, since hiding a cell in one
 * group can expose another.
 */
export function suppressSmallCounts(values: ReadonlyMap<string, number>, groups: readonly SumGroup[] = []): Map<string, string> {
  const hidden = new Map<string, string>();
  for (const [cell, value] of values) if (isSmall(value)) hidden.set(cell, SMALL_COUNT_SHOWN);
  for (let changed = true; changed;) {
    changed = false;
    for (const group of groups) {
      const cells = [group.total, ...group.parts];
      if (cells.filter((cell) => hidden.has(cell)).length !== 1) continue;
      const candidates = group.parts.filter((cell) => !hidden.has(cell)).sort((a, b) => rank(values, a) - rank(values, b));
      hidden.set(candidates[0] ?? group.total, HIDDEN_FIGURE_SHOWN);
      changed = true;
    }
  }
  return new Map([...values].map(([cell, value]) => [cell, hidden.get(cell) ?? String(value)]));
}

// The smallest non-zero cell gives least away; zeros only when nothing else is left.
const rank = (values: ReadonlyMap<string, number>, cell: string) => {
  const value = values.get(cell) ?? 0;
  return value === 0 ? Number.MAX_SAFE_INTEGER : value;
};
