import { HIDDEN_FIGURE_SHOWN, type Language, SMALL_COUNT_SHOWN, SMALL_COUNT_THRESHOLD } from '@samverka/shared';
import { PRIORITIES } from './lagesbild-figures.js';
import type { ComparedPeriods } from './lagesbild-periods.js';
import { cellValue, type LagesbildCell } from './lagesbild-table.js';
import { periodWords } from './lagesbild-texts.js';

const numeric = (value: string): number | null => (/^\d+$/.test(value) ? Number(value) : null);

/** A published value in a sentence: "färre än 5" for "< 5", "ett dolt antal" for "..". */
function said(language: Language, value: string): string {
  if (value === SMALL_COUNT_SHOWN) return language === 'sv' ? `färre än ${SMALL_COUNT_THRESHOLD}` : `fewer than ${SMALL_COUNT_THRESHOLD}`;
  if (value === HIDDEN_FIGURE_SHOWN) return language === 'sv' ? 'ett dolt antal' : 'a hidden number of';
  return value;
}

function change(language: Language, now: string, before: string): string | null {
  const [a, b] = [numeric(now), numeric(before)];
  if (a === null || b === null || b === 0) return null;
  const percent = Math.round(((a - b) / b) * 100);
  if (percent === 0) return language === 'sv' ? 'lika många som' : 'as many as';
  return language === 'sv' ? `${Math.abs(percent)} % ${percent > 0 ? 'fler' : 'färre'} än` : `${Math.abs(percent)} % ${percent > 0 ? 'more' : 'fewer'} than`;
}

/**
 * A few sentences generated from the published cells only (never from the raw counts, nor from
 * anything a resident wrote): what a coordinator would otherwise write under the screenshots.
 */
export function lagesbildSummary(language: Language, municipality: string, periods: ComparedPeriods, cells: readonly LagesbildCell[]): string[] {
  const sv = language === 'sv';
  const posts = (which: 'current' | 'previous' | 'yearAgo', measure: string) => cellValue(cells, 'posts-by-priority', which, measure, periods[which]);
  const total = posts('current', 'total');
  const lines = [
    sv
      ? `Under ${periodWords(language, periods.current)} publicerades ${said(language, total)} inlägg på kartan i ${municipality}, varav ${said(language, posts('current', 'red'))} röda och ${said(language, posts('current', 'yellow'))} gula.`
      : `In ${periodWords(language, periods.current)}, ${said(language, total)} posts were published on the map in ${municipality}, ${said(language, posts('current', 'red'))} of them red and ${said(language, posts('current', 'yellow'))} yellow.`,
  ];
  const comparisons = [
    [change(language, total, posts('previous', 'total')), sv ? 'perioden före' : 'the period before'],
    [change(language, total, posts('yearAgo', 'total')), sv ? 'samma period ett år tidigare' : 'the same period a year earlier'],
  ].filter(([words]) => words !== null);
  if (comparisons.length > 0) lines.push(`${sv ? 'Det är' : 'That is'} ${comparisons.map(([words, what]) => `${words} ${what}`).join(sv ? ' och ' : ' and ')}.`);
  const hourTotals = Array.from({ length: 24 }, (_, hour) => PRIORITIES.reduce((sum, priority) => sum + (numeric(cellValue(cells, 'posts-by-hour', String(hour), priority)) ?? 0), 0));
  const busiest = hourTotals.indexOf(Math.max(...hourTotals));
  if (hourTotals[busiest] >= SMALL_COUNT_THRESHOLD) {
    lines.push(sv ? `Flest inlägg kom mellan klockan ${busiest} och ${busiest + 1}.` : `Most posts came between ${busiest}:00 and ${busiest + 1}:00.`);
  }
  const groups = cellValue(cells, 'group-sizes', 'total', 'groups');
  const joined = cellValue(cells, 'group-growth', 'total', 'joined');
  lines.push(
    sv
      ? `Kommunen har ${said(language, groups)} aktiva grupper, som fick ${said(language, joined)} nya medlemmar under perioden.`
      : `The municipality has ${said(language, groups)} active groups, which gained ${said(language, joined)} new members in the period.`,
  );
  const opened = cellValue(cells, 'moderation-cases', 'cases', 'opened');
  const decided = cellValue(cells, 'moderation-cases', 'cases', 'decided');
  const notices = cellValue(cells, 'reports-per-rule', 'total', 'notices');
  lines.push(
    sv
      ? `Moderatorerna fick ${said(language, notices)} anmälningar; ${said(language, opened)} nya ärenden öppnades och ${said(language, decided)} avgjordes.`
      : `Moderators received ${said(language, notices)} reports; ${said(language, opened)} new cases were opened and ${said(language, decided)} decided.`,
  );
  const verified = cellValue(cells, 'verification', 'organisations', 'verified_organisations');
  const expiring = cellValue(cells, 'verification', 'badges', 'expiring_within_60_days');
  lines.push(
    sv
      ? `${said(language, verified)} organisationer är verifierade; ${said(language, expiring)} märken går ut inom 60 dagar.`
      : `${said(language, verified)} organisations are verified; ${said(language, expiring)} badges expire within 60 days.`,
  );
  return lines.map((line) => line.charAt(0).toUpperCase() + line.slice(1));
}
