import { describe, expect, it } from '@jest/globals';
import type { LagesbildFigures } from './lagesbild-figures.js';
import { comparedPeriods } from './lagesbild-periods.js';
import { lagesbildSummary } from './lagesbild-summary.js';
import { cellValue, lagesbildTable } from './lagesbild-table.js';

const periods = comparedPeriods({ from: '2026-10-01', to: '2026-10-31' });
const hours = Array.from({ length: 24 }, (_, hour) => ({ hour, green: hour === 8 ? 12 : hour === 9 ? 2 : 0, yellow: hour === 8 ? 6 : 0, red: 0 }));
const figures: LagesbildFigures = {
  municipality: { id: 'm', name: 'Sigtuna', code: '0191' },
  periods,
  generatedAt: new Date('2026-11-01T01:30:00Z'),
  postsByPriority: { current: { green: 14, yellow: 6, red: 0 }, previous: { green: 20, yellow: 10, red: 3 }, yearAgo: { green: 0, yellow: 0, red: 0 } },
  postsByHour: hours,
  areas: [{ area: null, groups: 9, joined: 30 }],
  groupSizes: [
    { band: '<30', groups: 9 },
    { band: '30-100', groups: 0 },
    { band: '>100', groups: 0 },
  ],
  groupGrowth: [{ week: '2026-09-28', joined: 30 }],
  verifiedOrganisations: 2,
  badgesExpiring: 0,
  reportsPerRule: [],
  cases: { opened: 6, decided: 4, medianHoursToDecision: 3.5 },
  decisionsPerRule: [],
  appeals: { received: 0, decided: 0, reversed: 0, reversalRatePercent: 0 },
};

describe(lagesbildTable.name, () => {
  const cells = lagesbildTable(figures);

  it('hides the hour that would give the small one back through its priority’s total', () => {
    // Green: 12 at 08 and 2 at 09 of 14; with the 2 hidden, 14 - 12 would give it back.
    expect(cellValue(cells, 'posts-by-hour', '9', 'green')).toBe('< 5');
    expect(cellValue(cells, 'posts-by-hour', '8', 'green')).toBe('..');
    expect(cellValue(cells, 'posts-by-priority', 'current', 'green', periods.current)).toBe('14');
  });

  it('shows a median only when it rests on five cases or more', () => {
    expect(cellValue(cells, 'moderation-cases', 'cases', 'decided')).toBe('< 5');
    expect(cellValue(cells, 'moderation-cases', 'cases', 'median_hours_to_decision')).toBe('..');
  });

  it('writes the summary from the published cells, saying "fewer than 5" for a hidden count', () => {
    const summary = lagesbildSummary('en', 'Sigtuna', periods, cells).join(' ');
    expect(summary).toContain('In October 2026, 20 posts were published on the map in Sigtuna, 0 of them red and 6 yellow.');
    expect(summary).toContain('Fewer than 5 organisations are verified');
    expect(summary).not.toMatch(/\b2 organisations\b/);
  });
});
