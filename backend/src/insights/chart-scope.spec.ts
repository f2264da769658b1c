import { describe, expect, it } from '@jest/globals';
import { MAX_INSIGHTS_PERIOD_DAYS } from '@samverka/shared';
import { resolvePeriod } from './chart-scope.js';
import { isPeriodDay } from '../platform/http/period.js';
import { InsightsError, InsightsErrorCode } from './insights.errors.js';

const codeOf = (run: () => unknown): InsightsErrorCode | undefined => {
  try {
    run();
  } catch (error) {
    if (error instanceof InsightsError) return error.code;
    throw error;
  }
  return undefined;
};

describe(resolvePeriod.name, () => {
  // 2026-10-25 is the day Sweden leaves summer time: the default period must still be 30 days.
  const now = Date.parse('2026-11-10T23:30:00Z'); // 11 November 00:30 in Stockholm

  it('defaults to the 30 Swedish days up to today, or up to the given last day', () => {
    expect(resolvePeriod({}, now)).toEqual({ from: '2026-10-13', to: '2026-11-11' });
    expect(resolvePeriod({ to: '2026-03-31' }, now)).toEqual({ from: '2026-03-02', to: '2026-03-31' });
  });

  it('allows a period of exactly the limit and refuses one day more', () => {
    expect(resolvePeriod({ from: '2025-01-01', to: '2026-02-04' }, now)).toEqual({ from: '2025-01-01', to: '2026-02-04' });
    expect(MAX_INSIGHTS_PERIOD_DAYS).toBe(400);
    expect(codeOf(() => resolvePeriod({ from: '2025-01-01', to: '2026-02-05' }, now))).toBe(InsightsErrorCode.PeriodTooLong);
    expect(codeOf(() => resolvePeriod({ from: '2000-01-01' }, now))).toBe(InsightsErrorCode.PeriodTooLong);
    expect(codeOf(() => resolvePeriod({ from: '2026-03-02', to: '2026-03-01' }, now))).toBe(InsightsErrorCode.PeriodInvalid);
  });
});

describe('isPeriodDay', () => {
  it('takes only real calendar days written YYYY-MM-DD within the platform’s years', () => {
    expect(['2026-02-28', '2028-02-29', '2000-01-01', '2099-12-31'].filter(isPeriodDay)).toHaveLength(4);
    expect(['2026-02-29', '2026-02-30', '2026-13-01', '2026', '2026-W05', '2026-060', '+002026-01-01', '2026-01-01T00:00:00Z', '1999-12-31', '2100-01-01', 20260101].filter(isPeriodDay)).toEqual([]);
  });
});
