import { describe, expect, it } from '@jest/globals';
import { comparedPeriods, monthBefore } from './lagesbild-periods.js';

describe(comparedPeriods.name, () => {
  it('compares a month with the month before and the same month a year ago', () => {
    expect(comparedPeriods({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      current: { from: '2026-03-01', to: '2026-03-31' },
      previous: { from: '2026-02-01', to: '2026-02-28' },
      yearAgo: { from: '2025-03-01', to: '2025-03-31' },
    });
  });

  it('compares any other period with as many days just before it and the same days a year earlier', () => {
    expect(comparedPeriods({ from: '2028-02-20', to: '2028-02-29' })).toEqual({
      current: { from: '2028-02-20', to: '2028-02-29' },
      previous: { from: '2028-02-10', to: '2028-02-19' },
      yearAgo: { from: '2027-02-20', to: '2027-02-28' },
    });
  });

  it('finds the month before across a new year', () => {
    expect(monthBefore('2027-01-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
});
