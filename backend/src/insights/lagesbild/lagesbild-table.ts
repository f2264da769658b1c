import { HIDDEN_FIGURE_SHOWN, SMALL_COUNT_THRESHOLD } from '@samverka/shared';
import { type LagesbildFigures, PRIORITIES } from './lagesbild-figures.js';
import type { Period } from './lagesbild-periods.js';
import { type SumGroup, suppressSmallCounts } from './small-counts.js';

/**
 * One published figure: `section` names the chart it comes from where there is one
 * (`posts-by-hour`, `group-sizes` ...), `key` the bar or row, `measure` the series. `value` is
 * what may leave the platform: a number, "< 5" or "..".
 */
export interface LagesbildCell {
  section: string;
  from: string;
  to: string;
  key: string;
  measure: string;
  value: string;
}

export const LAGESBILD_CSV_COLUMNS: (keyof LagesbildCell)[] = ['section', 'from', 'to', 'key', 'measure', 'value'];

interface Draft {
  cell: Omit<LagesbildCell, 'value'>;
  value: number;
  /** A median or a rate: shown only when the count it rests on is at least the threshold. */
  restsOn?: string;
}

/**
 * The figures as they may be published, every count through small-count suppression with the sums
 * a reader could use to work a hidden count back (each period's priorities and their total, each
 * priority over the 24 hours, groups and joins over areas, bands, weeks and rules).
 */
export function lagesbildTable(figures: LagesbildFigures): LagesbildCell[] {
  const drafts: Draft[] = [];
  const groups: SumGroup[] = [];
  const add = (section: string, period: Period, key: string, measure: string, value: number, restsOn?: string): string => {
    drafts.push({ cell: { section, ...period, key, measure }, value, restsOn });
    return idOf(section, period, key, measure);
  };
  const { current } = figures.periods;

  for (const which of ['current', 'previous', 'yearAgo'] as const) {
    const counts = figures.postsByPriority[which];
    const period = figures.periods[which];
    const parts = PRIORITIES.map((priority) => add('posts-by-priority', period, which, priority, counts[priority]));
    groups.push({
      total: add(
        'posts-by-priority',
        period,
        which,
        'total',
        PRIORITIES.reduce((sum, priority) => sum + counts[priority], 0),
      ),
      parts,
    });
  }
  for (const priority of PRIORITIES) {
    const parts = figures.postsByHour.map((row) => add('posts-by-hour', current, String(row.hour), priority, row[priority]));
    groups.push({ total: idOf('posts-by-priority', current, 'current', priority), parts });
  }

  const groupsTotal = add(
    'group-sizes',
    current,
    'total',
    'groups',
    figures.groupSizes.reduce((sum, row) => sum + row.groups, 0),
  );
  groups.push({ total: groupsTotal, parts: figures.groupSizes.map((row) => add('group-sizes', current, row.band, 'groups', row.groups)) });
  const joinedTotal = add(
    'group-growth',
    current,
    'total',
    'joined',
    figures.groupGrowth.reduce((sum, row) => sum + row.joined, 0),
  );
  groups.push({ total: joinedTotal, parts: figures.groupGrowth.map((row) => add('group-growth', current, row.week, 'joined', row.joined)) });
  const areaKey = (area: string | null) => area ?? 'none';
  groups.push({ total: groupsTotal, parts: figures.areas.map((row) => add('areas', current, areaKey(row.area), 'groups', row.groups)) });
  groups.push({ total: joinedTotal, parts: figures.areas.map((row) => add('areas', current, areaKey(row.area), 'joined', row.joined)) });

  add('verification', current, 'organisations', 'verified_organisations', figures.verifiedOrganisations);
  add('verification', current, 'badges', 'expiring_within_60_days', figures.badgesExpiring);

  const noticesTotal = add(
    'reports-per-rule',
    current,
    'total',
    'notices',
    figures.reportsPerRule.reduce((sum, row) => sum + row.notices, 0),
  );
  groups.push({ total: noticesTotal, parts: figures.reportsPerRule.map((row) => add('reports-per-rule', current, row.rule, 'notices', row.notices)) });
  add('moderation-cases', current, 'cases', 'opened', figures.cases.opened);
  const decided = add('moderation-cases', current, 'cases', 'decided', figures.cases.decided);
  add('moderation-cases', current, 'cases', 'median_hours_to_decision', figures.cases.medianHoursToDecision ?? 0, decided);
  const decisionsTotal = add(
    'decisions-per-rule',
    current,
    'total',
    'decisions',
    figures.decisionsPerRule.reduce((sum, row) => sum + row.decisions, 0),
  );
  groups.push({ total: decisionsTotal, parts: figures.decisionsPerRule.map((row) => add('decisions-per-rule', current, row.rule, 'decisions', row.decisions)) });
  add('appeals', current, 'appeals', 'received', figures.appeals.received);
  const appealsDecided = add('appeals', current, 'appeals', 'decided', figures.appeals.decided);
  add('appeals', current, 'appeals', 'reversed', figures.appeals.reversed);
  add('appeals', current, 'appeals', 'reversal_rate_percent', figures.appeals.reversalRatePercent, appealsDecided);

  const counts = new Map(drafts.filter((draft) => !draft.restsOn).map((draft) => [idOfCell(draft.cell), draft.value]));
  const shown = suppressSmallCounts(counts, groups);
  return drafts.map(({ cell, value, restsOn }) => ({
    ...cell,
    value: restsOn ? ((counts.get(restsOn) ?? 0) >= SMALL_COUNT_THRESHOLD ? String(value) : HIDDEN_FIGURE_SHOWN) : shown.get(idOfCell(cell))!,
  }));
}

const idOf = (section: string, period: Period, key: string, measure: string) => `${section}|${period.from}|${period.to}|${key}|${measure}`;
const idOfCell = (cell: Omit<LagesbildCell, 'value'>) => idOf(cell.section, cell, cell.key, cell.measure);

/** The published value of one cell, for the PDF and the summary. */
export function cellValue(cells: readonly LagesbildCell[], section: string, key: string, measure: string, period?: Period): string {
  const cell = cells.find((candidate) => candidate.section === section && candidate.key === key && candidate.measure === measure && (!period || candidate.from === period.from));
  return cell?.value ?? '0';
}
